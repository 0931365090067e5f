using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Ids, dates and counts a caller got wrong answer VALIDATION naming what to fix, not INTERNAL or rows (issue 20, item 17).</summary>
public sealed class BadArgumentTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Theory]
    [InlineData("{ reviewSnapshot(id: \"not-a-guid\") { id } }")]
    [InlineData("{ intellectual(id: \"not-a-guid\") { id } }")]
    [InlineData("{ intellectual(id: \"12345678901234567890123456789012345678901234567890\") { id } }")]
    [InlineData("mutation { takeReviewSnapshot(input: { kind: INTERIM, title: \"Sơ kết\", asOf: \"0001-01-01\" }) { id } }")]
    [InlineData("mutation { takeReviewSnapshot(input: { kind: INTERIM, title: \"Sơ kết\", asOf: \"9999-12-31\" }) { id } }")]
    [InlineData("{ intellectuals(first: -1) { totalCount edges { node { id } } } }")]
    [InlineData("{ intellectuals(last: -1) { totalCount edges { node { id } } } }")]
    [InlineData("{ possibleDuplicates(limit: -1) { reason } }")]
    [InlineData("{ possibleDuplicates(limit: 0) { reason } }")]
    public async Task A_bad_id_date_or_count_is_a_validation_error(string query)
    {
        var result = await registry.GraphQLAsync(query, token: registry.Administrator);

        result.TryGetProperty("errors", out var errors).Should().BeTrue(result.ToString());
        var error = errors[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION", error.ToString());
        error.GetProperty("message").GetString().Should().NotContain("Exception");
    }

    [Fact]
    public async Task An_unreadable_variable_is_the_callers_fault_a_400_naming_the_variables_not_a_500()
    {
        // Found by SchemaFuzzTests: a filter variable whose unit id is a number reached the client as a 500.
        using var response = await registry.Host.PostGraphQLAsync(
            "query($filter: IndicatorSubjectFilter) { indicators(codes: [\"T1\"]) { subjects(filter: $filter) { totalCount } } }",
            new { filter = new { unitId = -2147483648 } }, accept: "application/graphql-response+json", token: registry.Administrator);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var error = (await TestHost.ReadJsonAsync(response)).GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION");
        error.GetProperty("message").GetString().Should().Contain("biến (variables)");
    }
}
