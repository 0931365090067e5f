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
        var initiative = (await host.GraphQLAsync("mutation($input: ScienceInitiativeInput!) { recordScienceInitiative(input: $input) { id } }", new
        {
            input = new { kind = "INITIATIVE", title = "Máy tách hạt ngô cải tiến", level = "GRASSROOTS", year = 2025, holderIds = new[] { kept, duplicate } },
        }, host.Editor)).Data("recordScienceInitiative").Id();

        (await host.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, host.RegistryEditor)).Data("mergeIntellectuals");

        var after = await Eventually.ValueAsync(
            () => host.GraphQLAsync("query($id: ID!) { scienceProject(id: $id) { lead { id } members { id } } scienceInitiatives(filter: { search: \"tach hat ngo\" }) { edges { node { id holders { id } } } } }",
                new { id = project }, host.Editor),
            // The Registry answers for a merged id with the kept person at once, so wait for Science's own rows to move.
            result => result.Data("scienceInitiatives").GetProperty("edges")[0].GetProperty("node").GetProperty("holders").GetArrayLength() == 1
                && result.Data("scienceProject").GetProperty("members").GetArrayLength() == 1);

        var updated = after.Data("scienceProject");
        updated.GetProperty("lead").Id().Should().Be(kept);
        updated.GetProperty("members").EnumerateArray().Select(m => m.Id()).Should().Equal(host.Member);
        var holders = after.Data("scienceInitiatives").GetProperty("edges")[0].GetProperty("node");
        holders.Id().Should().Be(initiative);
        holders.GetProperty("holders").EnumerateArray().Select(h => h.Id()).Should().Equal(kept);
    }

    [Fact]
    public async Task A_merged_record_is_refused_as_a_new_reference_with_the_record_it_was_merged_into()
    {
        var kept = await host.CreatePersonAsync("Lò Văn Bình");
        var duplicate = await host.CreatePersonAsync("Lò Văn Bình");
        (await host.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, host.RegistryEditor)).Data("mergeIntellectuals");

        var (code, field, message) = (await host.ProposeRawAsync(host.NextCode(), lead: duplicate)).FirstError();

        (code, field).Should().Be(("VALIDATION", "leadId"));
        message.Should().Contain(duplicate.ToString()).And.Contain(kept.ToString()).And.Contain("đã được gộp");
        (await host.ProposeRawAsync(host.NextCode(), members: [host.Member, duplicate])).FirstError().Field.Should().Be("memberIds");
    }

    [Fact]
    public async Task A_council_on_which_a_merge_seated_the_projects_own_member_cannot_approve_it()
    {
        var duplicate = await host.CreatePersonAsync("Phạm Quang Huy");
        var project = (await host.ProposeRawAsync(host.NextCode(), members: [duplicate])).Data("proposeScienceProject").Id();
        await host.StepOkAsync("submitScienceProjectForAppraisal", project, "2025-02-01");
        (await host.CouncilWithScoresAsync(project, "APPRAISAL", "2025-02-05", 80, 85, 75, 90, 70)).Verdict.Should().Be("PASS");

        (await host.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = host.Reviewers[0], merge = duplicate }, host.RegistryEditor)).Data("mergeIntellectuals");
        await Eventually.ValueAsync(
            () => host.GraphQLAsync("query($id: ID!) { scienceProject(id: $id) { members { id } } }", new { id = project }, host.Editor),
            result => result.Data("scienceProject").GetProperty("members").EnumerateArray().Any(m => m.Id() == host.Reviewers[0]));

        var (code, field, message) = (await host.StepAsync("approveScienceProject", project, "2025-03-01")).FirstError();
        (code, field).Should().Be(("CONFLICT", "council"));
        message.Should().Contain("chủ nhiệm hoặc thành viên của chính đề tài");
    }
}
