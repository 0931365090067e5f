using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Security;

public sealed class SensitiveDataReadTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private TestHost Host => fixture.Host;

    private const string Reads = "query($id: ID) { sensitiveDataReads(filter: { recordId: $id }, first: 10) { totalCount edges { node { userId requestId recordType recordId fields } } } }";

    [Fact]
    public async Task Each_read_of_a_sensitive_field_is_logged_with_who_whose_record_which_fields_and_request()
    {
        var id = await SendGreetingAsync("Dữ liệu nhạy cảm");
        var reader = Host.Token(Roles.Editor, "Greeting", Permissions.PersonalDataRead);

        using var response = await Host.PostGraphQLAsync("{ greetings(last: 1) { edges { node { id text senderNote } } } }", token: reader);
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        (await TestHost.ReadJsonAsync(response)).TryGetProperty("errors", out _).Should().BeFalse();

        var log = (await Host.GraphQLAsync(Reads, new { id }, token: Host.Token(Roles.Administrator)))
            .GetProperty("data").GetProperty("sensitiveDataReads");
        log.GetProperty("totalCount").GetInt32().Should().Be(1);
        var entry = log.GetProperty("edges")[0].GetProperty("node");
        entry.GetProperty("userId").GetString().Should().Be("test-editor");
        entry.GetProperty("requestId").GetString().Should().Be(requestId);
        entry.GetProperty("recordType").GetString().Should().Be("Greeting");
        entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).Should().Equal("senderNote");
    }

    [Fact]
    public async Task Reading_only_ordinary_fields_logs_nothing()
    {
        var id = await SendGreetingAsync("Không nhạy cảm");

        await Host.GraphQLAsync("{ greetings(last: 1) { edges { node { id text } } } }", token: Host.Token(Roles.Editor, "Greeting"));

        (await Host.GraphQLAsync(Reads, new { id }, token: Host.Token(Roles.Administrator)))
            .GetProperty("data").GetProperty("sensitiveDataReads").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Only_administrators_may_read_the_log()
    {
        FieldAccessTests.Forbidden(await Host.GraphQLAsync(Reads, new { id = Guid.NewGuid() }, token: Host.Token(Roles.Editor, "Greeting", Permissions.PersonalDataRead)))
            .Should().Equal("Query.sensitiveDataReads");
    }

    private async Task<string?> SendGreetingAsync(string text) =>
        (await Host.GraphQLAsync("mutation($t: String!) { sendGreeting(text: $t) { id } }", new { t = text }, token: Host.Token(Roles.Editor, "Greeting")))
            .GetProperty("data").GetProperty("sendGreeting").GetProperty("id").GetString();
}
