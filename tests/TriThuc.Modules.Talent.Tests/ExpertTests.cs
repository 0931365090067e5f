using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>Overseas Vietnamese and foreign experts, their engagements with host units and the projects and cooperation they work on.</summary>
public sealed class ExpertTests(TalentHost province) : IClassFixture<TalentHost>
{
    private const string EngagementFields = "id hostUnitId purpose startsOn endsOn approvalNumber approvedOn work { kind targetId }";

    [Fact]
    public async Task An_editor_records_an_expert_engaged_by_a_host_unit_on_a_project_and_a_cooperation()
    {
        var project = Guid.NewGuid();
        var agreement = Guid.NewGuid();
        var expert = await CreateAsync("Nguyễn Minh Hải", "OVERSEAS_VIETNAMESE", "Nhật Bản");

        var engaged = (await EngageAsync(expert, province.UniversityBranch, "2025-03-01", "2025-06-30", "2025-02-20",
            new { kind = "SCIENCE_PROJECT", targetId = project }, new { kind = "UNIVERSITY_COOPERATION", targetId = agreement })).Data("engageTalentExpert");
        var read = (await province.GraphQLAsync(
            $"query($id: ID!) {{ talentExpert(id: $id) {{ fullName origin country organisation engagements {{ {EngagementFields} }} }} }}",
            new { id = expert }, province.EditorOf("Health"))).Data("talentExpert");
        var found = (await province.GraphQLAsync(
            "query($unit: ID) { talentExperts(filter: { search: \"nguyen minh hai\", origin: OVERSEAS_VIETNAMESE, hostUnitId: $unit }) { totalCount nodes { id } } }",
            new { unit = province.UniversityBranch }, province.Editor)).Data("talentExperts");
        var onProject = (await province.GraphQLAsync(
            "query($id: ID!) { talentExpertEngagementsOn(kind: SCIENCE_PROJECT, targetId: $id) { id expertId } }", new { id = project }, province.Editor))
            .Data("talentExpertEngagementsOn").EnumerateArray().ToList();

        engaged.Text("approvalNumber").Should().StartWith("QĐ-");
        read.Text("country").Should().Be("Nhật Bản");
        var engagement = read.GetProperty("engagements").EnumerateArray().Single();
        engagement.Text("hostUnitId").Should().Be(province.UniversityBranch.ToString());
        engagement.GetProperty("work").EnumerateArray().Select(w => (w.Text("kind"), w.Text("targetId"))).Should()
            .BeEquivalentTo([("SCIENCE_PROJECT", project.ToString()), ("UNIVERSITY_COOPERATION", agreement.ToString())]);
        found.GetProperty("nodes").EnumerateArray().Select(n => n.Id()).Should().Equal(expert);
        onProject.Select(e => e.Text("expertId")).Should().Equal(expert.ToString());
    }

    [Fact]
    public async Task Engagement_dates_must_be_in_order_and_the_host_unit_must_exist_and_be_open()
    {
        var expert = await CreateAsync("John Smith", "FOREIGN", "Vương quốc Anh");

        var endsBeforeStart = await EngageAsync(expert, province.Hospital, "2025-05-01", "2025-04-30", "2025-04-01");
        var startsBeforeApproval = await EngageAsync(expert, province.Hospital, "2025-03-01", null, "2025-04-01");
        var approvedInFuture = await EngageAsync(expert, province.Hospital, "2099-05-01", null, "2099-04-01");
        var unknownUnit = await EngageAsync(expert, Guid.NewGuid(), "2025-05-01", null, "2025-04-01");
        var closedUnit = await EngageAsync(expert, province.ClosedDistrict, "2026-01-01", null, "2025-12-01");
        var sameProjectTwice = await EngageAsync(expert, province.Hospital, "2025-05-01", null, "2025-04-01",
            new { kind = "SCIENCE_PROJECT", targetId = province.Hospital }, new { kind = "SCIENCE_PROJECT", targetId = province.Hospital });

        Refusal(endsBeforeStart).Should().Be(("VALIDATION", "endsOn"));
        Refusal(startsBeforeApproval).Should().Be(("VALIDATION", "startsOn"));
        Refusal(approvedInFuture).Should().Be(("VALIDATION", "approvedOn"));
        Refusal(unknownUnit).Should().Be(("VALIDATION", "hostUnitId"));
        Refusal(closedUnit).Should().Be(("VALIDATION", "hostUnitId"));
        Refusal(sameProjectTwice).Should().Be(("VALIDATION", "work[1]"));
        endsBeforeStart.FirstError().Message.Should().Contain("Ngày kết thúc");
        (await province.GraphQLAsync("query($id: ID!) { talentExpert(id: $id) { engagements { id } } }", new { id = expert }, province.Editor))
            .Data("talentExpert").GetProperty("engagements").GetArrayLength().Should().Be(0, "nothing refused is saved");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_record_an_expert_and_a_viewer_may_not_list_them()
    {
        var refused = await province.GraphQLAsync("mutation($input: TalentExpertInput!) { createTalentExpert(input: $input) { id } }",
            new { input = Input("Marie Dubois", "FOREIGN", "Pháp") }, province.EditorOf("Health"));
        var listed = await province.GraphQLAsync("{ talentExperts { totalCount } }", token: province.Viewer);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
        listed.FirstError().Code.Should().Be("FORBIDDEN", "experts are named people: records, not aggregates");
    }

    [Fact]
    public async Task An_expert_is_corrected_and_a_name_that_is_not_a_name_is_refused()
    {
        var expert = await CreateAsync("Trần Văn Bình", "OVERSEAS_VIETNAMESE", "Hoa Kỳ");

        var updated = (await province.GraphQLAsync("mutation($id: ID!, $input: TalentExpertInput!) { updateTalentExpert(id: $id, input: $input) { organisation country } }",
            new { id = expert, input = Input("Trần Văn Bình", "OVERSEAS_VIETNAMESE", "Canada", "Đại học Toronto") }, province.Editor)).Data("updateTalentExpert");
        var bad = await province.GraphQLAsync("mutation($input: TalentExpertInput!) { createTalentExpert(input: $input) { id } }",
            new { input = Input("\u200B", "FOREIGN", "Pháp") }, province.Editor);

        updated.Text("country").Should().Be("Canada");
        updated.Text("organisation").Should().Be("Đại học Toronto");
        Refusal(bad).Should().Be(("VALIDATION", "fullName"));
    }

    [Fact]
    public async Task An_expert_linked_to_a_person_on_the_register_is_in_that_persons_data_export_with_the_engagements()
    {
        var person = await province.CreatePersonAsync("Đỗ Thị Kiều", province.Hospital, gender: "FEMALE");
        var expert = await CreateAsync("Đỗ Thị Kiều", "OVERSEAS_VIETNAMESE", "Đức", person);
        var project = Guid.NewGuid();
        var engagement = (await EngageAsync(expert, province.Hospital, "2025-03-01", "2025-05-31", "2025-02-20", new { kind = "SCIENCE_PROJECT", targetId = project }))
            .Data("engageTalentExpert").Id();
        await CreateAsync("Đỗ Văn Khác", "OVERSEAS_VIETNAMESE", "Đức");

        var read = (await province.GraphQLAsync("query($id: ID!) { talentExpert(id: $id) { intellectualId } }", new { id = expert }, province.Editor)).Data("talentExpert");
        var experts = (await ExportAsync(person)).GetProperty("experts").EnumerateArray().ToList();

        read.Text("intellectualId").Should().Be(person.ToString());
        experts.Select(e => e.Text("Id")).Should().Equal(expert.ToString());
        experts[0].Text("FullName").Should().Be("Đỗ Thị Kiều");
        experts[0].Text("Country").Should().Be("Đức");
        var engaged = experts[0].GetProperty("Engagements").EnumerateArray().Single();
        engaged.Text("Id").Should().Be(engagement.ToString());
        engaged.Text("HostUnitId").Should().Be(province.Hospital.ToString());
        engaged.Text("StartsOn").Should().Be("2025-03-01");
        engaged.GetProperty("Work")[0].Text("TargetId").Should().Be(project.ToString());
    }

    [Fact]
    public async Task An_expert_is_linked_only_to_a_person_on_the_register_and_not_to_a_merged_record_and_nothing_refused_is_saved()
    {
        var kept = await province.CreatePersonAsync("Vũ Hoàng Long", province.Hospital);
        var duplicate = await province.CreatePersonAsync("Vũ Hoàng Long", province.Hospital);
        await MergeAsync(kept, duplicate);
        var expert = await CreateAsync("Vũ Hoàng Long", "OVERSEAS_VIETNAMESE", "Úc");

        var unknown = await province.GraphQLAsync("mutation($input: TalentExpertInput!) { createTalentExpert(input: $input) { id } }",
            new { input = Input("Vũ Hoàng Long", "OVERSEAS_VIETNAMESE", "Úc", intellectualId: Guid.NewGuid()) }, province.Editor);
        var toMerged = await province.GraphQLAsync("mutation($id: ID!, $input: TalentExpertInput!) { updateTalentExpert(id: $id, input: $input) { id } }",
            new { id = expert, input = Input("Vũ Hoàng Long", "OVERSEAS_VIETNAMESE", "Úc", intellectualId: duplicate) }, province.Editor);

        Refusal(unknown).Should().Be(("VALIDATION", "intellectualId"));
        Refusal(toMerged).Should().Be(("VALIDATION", "intellectualId"));
        toMerged.FirstError().Message.Should().Contain("đã được gộp").And.Contain(kept.ToString());
        (await province.GraphQLAsync("query { talentExperts(filter: { search: \"vu hoang long\" }) { totalCount nodes { intellectualId } } }", token: province.Editor))
            .Data("talentExperts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("intellectualId").ValueKind)
            .Should().Equal([JsonValueKind.Null], "neither the refused expert nor the refused link is saved");
    }

    [Fact]
    public async Task When_the_registry_merges_two_records_an_expert_linked_to_the_merged_one_follows_the_kept_one_into_its_export()
    {
        var kept = await province.CreatePersonAsync("Hoàng Minh Tuấn", province.Hospital);
        var duplicate = await province.CreatePersonAsync("Hoàng Minh Tuấn", province.Hospital);
        var expert = await CreateAsync("Hoàng Minh Tuấn", "OVERSEAS_VIETNAMESE", "Pháp", duplicate);
        await EngageAsync(expert, province.Hospital, "2025-04-01", null, "2025-03-20");

        await MergeAsync(kept, duplicate);

        await Eventually.ValueAsync(
            () => province.GraphQLAsync("query($id: ID!) { talentExpert(id: $id) { intellectualId } }", new { id = expert }, province.Editor),
            result => result.Data("talentExpert").Text("intellectualId") == kept.ToString());
        var exported = (await ExportAsync(kept)).GetProperty("experts").EnumerateArray().Single();
        exported.Text("Id").Should().Be(expert.ToString());
        exported.GetProperty("Engagements").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task An_expert_linked_to_a_person_whose_processing_is_restricted_takes_no_new_engagement()
    {
        var person = await province.CreatePersonAsync("Trần Văn Hạn", province.Hospital, field: "health");
        var expert = await CreateAsync("Trần Văn Hạn", "OVERSEAS_VIETNAMESE", "Pháp", intellectualId: person);
        (await EngageAsync(expert, province.Hospital, "2025-04-01", "2025-05-31", "2025-03-20")).Data("engageTalentExpert");
        await province.RestrictProcessingAsync(person);

        var engaged = await EngageAsync(expert, province.Hospital, "2025-09-01", null, "2025-08-20");

        engaged.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "expertId");
        (await province.GraphQLAsync("query($id: ID!) { talentExpert(id: $id) { engagements { id } } }", new { id = expert }, province.Editor))
            .Data("talentExpert").GetProperty("engagements").GetArrayLength().Should().Be(1);
    }

    private async Task MergeAsync(Guid keep, Guid merge) =>
        (await province.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }", new { keep, merge }, province.Administrator))
            .Data("mergeIntellectuals");

    private async Task<JsonElement> ExportAsync(Guid person)
    {
        var json = (await province.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = person.ToString() }, province.Administrator))
            .Data("exportPersonalData").GetString()!;
        return JsonDocument.Parse(json).RootElement.GetProperty("modules").GetProperty("Talent").Clone();
    }

    private static object Input(string fullName, string origin, string country, string organisation = "Viện Nghiên cứu Nông nghiệp Quốc gia", Guid? intellectualId = null) =>
        new { fullName, origin, country, fieldCode = "agriculture", organisation, intellectualId };

    private async Task<Guid> CreateAsync(string fullName, string origin, string country, Guid? intellectualId = null) =>
        (await province.GraphQLAsync("mutation($input: TalentExpertInput!) { createTalentExpert(input: $input) { id } }",
            new { input = Input(fullName, origin, country, intellectualId: intellectualId) }, province.Editor)).Data("createTalentExpert").Id();

    private Task<JsonElement> EngageAsync(Guid expert, Guid unit, string startsOn, string? endsOn, string approvedOn, params object[] work) =>
        province.GraphQLAsync($"mutation($id: ID!, $input: TalentExpertEngagementInput!) {{ engageTalentExpert(expertId: $id, input: $input) {{ {EngagementFields} }} }}", new
        {
            id = expert,
            input = new { hostUnitId = unit, purpose = "Chuyển giao kỹ thuật nhân giống chè Shan tuyết", startsOn, endsOn, approvalNumber = province.NextCode("QĐ"), approvedOn, work },
        }, province.Editor);

    private static (string?, string?) Refusal(JsonElement answer)
    {
        var (code, field, _) = answer.FirstError();
        return (code, field);
    }
}
