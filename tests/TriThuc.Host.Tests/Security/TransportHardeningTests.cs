using System.Net;
using System.Text;
using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Security;

/// <summary>What a hostile caller tried against the transport (issue 20): every answer has a code and a Vietnamese message.</summary>
public sealed class TransportHardeningTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private TestHost Host => fixture.Host;

    private string Editor => Host.Token(Roles.Editor, "Greeting");

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"Q\"")]
    [InlineData("null")]
    public async Task A_batch_item_naming_no_operation_or_another_one_still_may_not_carry_a_mutation(string operationName)
    {
        var before = await GreetingCountAsync();
        var batch = "[{\"query\":\"mutation { sendGreeting(text: \\\"lô rỗng tên\\\") { id } }\",\"operationName\":" + operationName + "}," +
            "{\"query\":\"mutation M { sendGreeting(text: \\\"lô 2\\\") { id } } query Q { __typename }\",\"operationName\":" + operationName + "}]";

        using var response = await Host.PostRawAsync(batch, "application/json", GraphQLResponse, Editor);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await GreetingCountAsync()).Should().Be(before, "no item of a batch with a mutation runs");
    }

    private async Task<int> GreetingCountAsync() =>
        (await Host.GraphQLAsync("{ greetings(first: 0) { totalCount } }", token: Editor)).GetProperty("data").GetProperty("greetings").GetProperty("totalCount").GetInt32();

    private static (string? Code, string? Message) Error(JsonElement json) =>
        (json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString(), json.GetProperty("errors")[0].GetProperty("message").GetString());
}
