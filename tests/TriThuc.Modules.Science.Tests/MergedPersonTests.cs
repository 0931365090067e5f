using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class MergedPersonTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Fact]
    public async Task When_the_Registry_merges_two_records_of_one_person_science_records_follow_the_kept_one_without_doubling()
    {
        var kept = await host.CreatePersonAsync("Hà Văn An");
        var duplicate = await host.CreatePersonAsync("Hà Văn An");
        var project = (await host.ProposeRawAsync(host.NextCode(), lead: duplicate, members: [kept, host.Member])).Data("proposeScienceProject").Id();
        var initiative = (await host.GraphQLAsync("mutation($input: InitiativeInput!) { recordInitiative(input: $input) { id } }", new
        {
            input = new { kind = "INITIATIVE", title = "Máy tách hạt ngô cải tiến", level = "GRASSROOTS", year = 2025, holderIds = new[] { kept, duplicate } },
        }, host.Editor)).Data("recordInitiative").Id();

        (await host.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, host.RegistryEditor)).Data("mergeIntellectuals");

        var after = await Eventually.ValueAsync(
            () => host.GraphQLAsync("query($id: ID!) { scienceProject(id: $id) { lead { id } members { id } } initiatives(filter: { search: \"tach hat ngo\" }) { edges { node { id holders { id } } } } }",
                new { id = project }, host.Editor),
            // The Registry answers for a merged id with the kept person at once, so wait for Science's own rows to move.
            result => result.Data("initiatives").GetProperty("edges")[0].GetProperty("node").GetProperty("holders").GetArrayLength() == 1
                && result.Data("scienceProject").GetProperty("members").GetArrayLength() == 1);

        var updated = after.Data("scienceProject");
        updated.GetProperty("lead").Id().Should().Be(kept);
        updated.GetProperty("members").EnumerateArray().Select(m => m.Id()).Should().Equal(host.Member);
        var holders = after.Data("initiatives").GetProperty("edges")[0].GetProperty("node");
        holders.Id().Should().Be(initiative);
        holders.GetProperty("holders").EnumerateArray().Select(h => h.Id()).Should().Equal(kept);
    }
}
