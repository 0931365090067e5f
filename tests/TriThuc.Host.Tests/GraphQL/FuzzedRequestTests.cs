using System.Net;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>Requests <see cref="SchemaFuzzTests"/> once answered with a 500, replayed for good.</summary>
public sealed class FuzzedRequestTests
{
    /// <summary>Seed 55891911, request 207: ids are GUIDs, but GraphQL's ID also takes an integer, which had no conversion.</summary>
    [Fact]
    public async Task An_integer_in_a_list_of_ids_is_refused_as_the_callers_mistake_alone_or_beside_other_bad_values()
    {
        using var plugins = PluginFolder.WithAllModules();
        await using var host = await TestHost.StartAsync(plugins);
        var administrator = host.Token(Roles.Administrator, null, Permissions.PersonalDataRead);
        const string initiative = "mutation($v0: ScienceInitiativeInput!) { recordScienceInitiative(input: $v0) { number } }";
        const string replayed = "mutation($v0: ScienceInitiativeInput!, $v1: TalentLegalParameterInput!) { recordScienceInitiative(input: $v0 ) { __typename number number level } "
            + "setTalentLegalParameter(input: $v1 ) { __typename instrument value }  }";
        var withIntegerId = new { kind = "INITIATIVE", title = "0001-01-01", number = "Nguyễn Văn A", level = "PROVINCIAL", year = 0, holderIds = new[] { int.MinValue } };

        foreach (var (query, variables) in new (string, Dictionary<string, object?>)[]
        {
            (initiative, new() { ["v0"] = withIntegerId }),
            (replayed, new() { ["v0"] = withIntegerId, ["v1"] = new { kind = "KHONG_CO", value = (object?)null, effectiveFrom = "not-a-guid", instrument = "a\0b" } }),
        })
        {
            using var response = await host.PostGraphQLAsync(query, variables, accept: "application/graphql-response+json", token: administrator);
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
            body.Should().Contain("\"code\":\"VALIDATION\"").And.Contain("mã (ID) phải là một GUID").And.NotContain("INTERNAL");
        }
    }
}
