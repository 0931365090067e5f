using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class ExpertFinderTests(ExpertFinderHost province) : IClassFixture<ExpertFinderHost>
{
    [Fact]
    public async Task People_are_ranked_by_the_weight_of_their_evidence_from_every_module_with_the_evidence_listed()
    {
        var experts = Nodes(await province.ExpertsAsync("topic: \"Y tế\""));

        experts.Select(e => e.GetProperty("person").Id()).Should().Equal(province.Duc, province.Hoa, province.Lan, province.Su);
        experts.Select(e => e.GetProperty("score").GetInt32()).Should().Equal(10, 7, 3, 1);
        Evidence(experts[0]).Should().Equal(
            ("TITLE", "Registry", "Giáo sư", 4),
            ("PROJECT", "Science", "Chủ nhiệm đề tài DT-YT-01: Nâng cao chất lượng khám chữa bệnh tuyến xã", 3),
            ("DEGREE", "Registry", "Tiến sĩ Y tế công cộng", 3));
        Evidence(experts[1]).Should().Equal(
            ("RESEARCH_OUTPUT", "University", "Bài báo trên tạp chí thuộc danh mục chỉ mục quốc tế (Scopus, Web of Science): Y tế dự phòng ở vùng cao", 3),
            ("PROJECT", "Science", "Thành viên đề tài DT-YT-01: Nâng cao chất lượng khám chữa bệnh tuyến xã", 2),
            ("DEGREE", "Registry", "Thạc sĩ Quản lý bệnh viện", 2));
        Evidence(experts[2]).Select(e => (e.Kind, e.Weight)).Should().Equal(("RESEARCH_OUTPUT", 2), ("COUNCIL_SEAT", 1));
        Evidence(experts[2])[1].Label.Should().Be("Chủ tịch hội đồng thẩm định đề tài DT-YT-01: Nâng cao chất lượng khám chữa bệnh tuyến xã");
        experts[0].GetProperty("person").Text("fullName").Should().Be("Nguyễn Văn Đức");
    }

    [Theory]
    [InlineData("y te")]
    [InlineData("Y TE")]
    [InlineData("  y   tế ")]
    public async Task The_topic_is_matched_without_diacritics_or_case(string topic)
    {
        var experts = Nodes(await province.ExpertsAsync($"topic: \"{topic}\""));

        experts.Select(e => e.GetProperty("person").Id()).Should().Equal(province.Duc, province.Hoa, province.Lan, province.Su);
    }

    [Fact]
    public async Task The_lead_and_members_of_a_project_are_left_out_when_proposing_its_council()
    {
        var experts = Nodes(await province.ExpertsAsync($"topic: \"y te\", excludeConflictsWithProject: \"{province.HealthProject}\""));

        experts.Select(e => e.GetProperty("person").Id()).Should().Equal(province.Lan, province.Su);
    }

    [Fact]
    public async Task A_unit_keeps_the_people_of_its_subtree_and_a_field_keeps_the_evidence_in_that_field()
    {
        var inHealth = Nodes(await province.ExpertsAsync($"topic: \"y te\", unitId: \"{province.HealthDepartment}\""));
        var inEducation = Nodes(await province.ExpertsAsync("topic: \"y te\", field: \"education\""));

        inHealth.Select(e => e.GetProperty("person").Id()).Should().Equal(province.Duc, province.Hoa, province.Su);
        inEducation.Select(e => e.GetProperty("person").Id()).Should().Equal(province.Lan);
        Evidence(inEducation[0]).Select(e => e.Kind).Should().Equal("RESEARCH_OUTPUT");
    }

    [Fact]
    public async Task Science_proposes_council_members_in_the_project_field_without_its_participants_or_those_already_seated()
    {
        const string Query = "query($id: ID!, $first: Int) { scienceCouncilCandidates(projectId: $id, first: $first) { person { id } score evidence { kind } } }";

        var proposed = (await province.GraphQLAsync(Query, new { id = province.HealthProject }, province.RegistryEditor)).Data("scienceCouncilCandidates");
        var tooMany = await province.GraphQLAsync(Query, new { id = province.HealthProject, first = 51 }, province.RegistryEditor);
        var unknown = await province.GraphQLAsync(Query, new { id = Guid.NewGuid() }, province.RegistryEditor);

        // Đức leads and Hoa works on the project; Lan already chairs its appraisal council; Mai has nothing in health.
        proposed.EnumerateArray().Select(e => e.GetProperty("person").Id()).Should().Equal(province.Su);
        tooMany.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "first");
        unknown.FirstError().Code.Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task Pages_follow_the_ranking()
    {
        var first = (await province.GraphQLAsync("{ experts(topic: \"y te\", first: 2) { totalCount nodes { person { id } } pageInfo { endCursor hasNextPage } } }",
            token: province.RegistryEditor)).Data("experts");
        var cursor = first.GetProperty("pageInfo").Text("endCursor");
        var second = (await province.GraphQLAsync("query($after: String) { experts(topic: \"y te\", first: 2, after: $after) { nodes { person { id } } } }",
            new { after = cursor }, province.RegistryEditor)).Data("experts");

        first.GetProperty("totalCount").GetInt32().Should().Be(4);
        first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();
        first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).Select(n => n.GetProperty("person").Id())
            .Should().Equal(province.Duc, province.Hoa, province.Lan, province.Su);
    }

    [Fact]
    public async Task The_sources_are_asked_once_for_everyone_whatever_the_number_of_people()
    {
        var first = await province.CreatePersonAsync("Đặng Văn Bình", province.UniversityBranch);
        await province.AddDegreeAsync(first, "MASTER", "Dược liệu học", null, 2019);
        var before = await StatementsAsync("duoc lieu");

        foreach (var name in new[] { "Vàng Thị Dua", "Sùng Mí Pà", "Ma Văn Tuấn" })
        {
            var person = await province.CreatePersonAsync(name, province.UniversityBranch);
            await province.AddDegreeAsync(person, "BACHELOR", "Dược liệu", null, 2020);
            await province.RecordOutputAsync($"Cây dược liệu của {name}", "BOOK", 2023, "natural-sciences", ["dược liệu"], person);
        }

        var after = await StatementsAsync("duoc lieu");

        before.Statements.Should().BePositive();
        after.Found.Should().Be(4);
        after.Statements.Should().Be(before.Statements, "each module is asked once, and the people are read in one batch");
    }

    [Fact]
    public async Task Evidence_of_a_record_merged_away_counts_for_the_record_kept()
    {
        var kept = await province.CreatePersonAsync("Lý Văn Sáng", province.UniversityBranch);
        var duplicate = await province.CreatePersonAsync("Ly Van Sang", province.UniversityBranch);
        await province.AddDegreeAsync(kept, "MASTER", "Nuôi trồng thủy sản", null, 2016);
        await province.RecordOutputAsync("Cá hồi vùng núi: thủy sản nước lạnh", "CONFERENCE_PAPER", 2022, "agriculture", ["cá hồi"], duplicate);
        (await province.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, province.RegistryEditor)).Data("mergeIntellectuals");

        var experts = Nodes(await province.ExpertsAsync("topic: \"thuy san\""));

        experts.Select(e => e.GetProperty("person").Id()).Should().Equal(kept);
        experts[0].GetProperty("score").GetInt32().Should().Be(3);
        Evidence(experts[0]).Select(e => e.Kind).Should().Equal("DEGREE", "RESEARCH_OUTPUT");
    }

    [Fact]
    public async Task Bad_arguments_are_refused_with_the_field_and_viewers_see_nothing()
    {
        (await province.ExpertsAsync("topic: \" é \"")).FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "topic");
        (await province.ExpertsAsync("topic: \"y te\", field: \"astrology\"")).FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "field");
        (await province.ExpertsAsync($"topic: \"y te\", excludeConflictsWithProject: \"{Guid.NewGuid()}\"")).FirstError()
            .Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "excludeConflictsWithProject");
        (await province.ExpertsAsync("topic: \"y te\"", province.Viewer)).FirstError().Code.Should().Be("FORBIDDEN");
    }

    private async Task<(int Found, int Statements)> StatementsAsync(string topic)
    {
        using var statements = SqlStatements.Watch(province.Host);
        var experts = Nodes(await province.ExpertsAsync($"topic: \"{topic}\""));
        return (experts.Count, statements.Statements.Count);
    }

    private static List<JsonElement> Nodes(JsonElement result) => result.Data("experts").GetProperty("nodes").EnumerateArray().ToList();

    private static List<(string? Kind, string? Module, string? Label, int Weight)> Evidence(JsonElement expert) =>
        expert.GetProperty("evidence").EnumerateArray()
            .Select(e => (e.Text("kind"), e.Text("module"), e.Text("label"), e.GetProperty("weight").GetInt32())).ToList();
}
