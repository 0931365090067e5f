using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// Choosing people by their personal data discloses it (issue 20, items 6 and 7): the list and its exports are
/// logged like the indicator drill-down, and a caller who may not choose so is answered 403, never a stack trace.
/// </summary>
public sealed class SensitiveChoiceTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Theory]
    [InlineData("{ intellectuals(filter: { ethnicMinority: true, search: \"sung thi chia\" }) { edges { node { id } } } }", "ethnicGroupCode")]
    [InlineData("{ intellectuals(filter: { ageFrom: 30, search: \"sung thi chia\" }) { edges { node { id } } } }", "dateOfBirth")]
    [InlineData("{ intellectuals(filter: { search: \"sung thi chia\" }, orderBy: DATE_OF_BIRTH_ASCENDING) { edges { node { id } } } }", "dateOfBirth")]
    public async Task A_list_chosen_or_ordered_by_personal_data_is_written_to_the_access_log_for_each_person_shown(string query, string field)
    {
        var person = await PersonAsync();
        var reader = registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);

        var result = await registry.GraphQLAsync(query, token: reader);

        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        (await LoggedFieldsAsync(person)).Should().Contain(field);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task An_export_chosen_by_personal_data_is_written_to_the_access_log_before_it_is_sent(string format)
    {
        var person = await PersonAsync();
        var reader = registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);

        using var response = await GetAsync($"/api/registry/intellectuals.{format}?ethnicMinority=true&search=sung%20thi%20chia", reader);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await LoggedFieldsAsync(person)).Should().Contain("ethnicGroupCode");
    }

    [Theory]
    [InlineData("/api/registry/intellectuals.csv?ethnicMinority=true")]
    [InlineData("/api/registry/intellectuals.xlsx?ageFrom=40")]
    public async Task An_export_with_a_filter_the_caller_may_not_use_is_403_with_no_stack_trace_or_token(string url)
    {
        using var response = await GetAsync(url, registry.Editor);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
        error.GetProperty("message").GetString().Should().Contain("personal-data:read");
        body.Should().NotContain(registry.Editor).And.NotContain("   at ").And.NotContain(".cs:line").And.NotContain("Bearer");
    }

    private async Task<Guid> PersonAsync()
    {
        var existing = (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"sung thi chia\" }) { edges { node { id } } } }", token: registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("edges");
        return existing.GetArrayLength() > 0
            ? existing[0].GetProperty("node").GetProperty("id").GetGuid()
            : await registry.CreatePersonAsync("Sùng Thị Chía", registry.School, dateOfBirth: "1980-02-02", ethnicGroup: "12", gender: "FEMALE");
    }

    private async Task<List<string?>> LoggedFieldsAsync(Guid person) =>
        (await registry.GraphQLAsync("query($id: ID) { sensitiveDataReads(filter: { recordId: $id }) { edges { node { fields } } } }", new { id = person }, registry.Administrator))
            .GetProperty("data").GetProperty("sensitiveDataReads").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("fields").EnumerateArray().Select(f => f.GetString()))
            .ToList();

    private Task<HttpResponseMessage> GetAsync(string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return registry.Host.Client.SendAsync(request);
    }
}
