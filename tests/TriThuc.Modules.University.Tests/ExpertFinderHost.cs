using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

/// <summary>
/// The shared small province with the Registry, Science and the University loaded, and a hand-built set of people with
/// evidence on health ("y tế") in every module: degrees and a title (Registry), a project and a council seat (Science),
/// research outputs (University).
/// </summary>
public sealed class ExpertFinderHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Science", "University"];

    public Guid Duc => People[0];

    public Guid Hoa => People[1];

    public Guid Su => People[2];

    public Guid Mai => People[3];

    public Guid Lan => People[5];

    /// <summary>Đức leads it and Hoa is a member; Lan chairs its appraisal council.</summary>
    public Guid HealthProject { get; private set; }

    protected override async Task SeedAsync()
    {
        // Đức: Professor of public health (4), a doctorate in it (3), leads the health project (3): 10.
        await MakeProfessorAsync(Duc, 2020);
        await AddDegreeAsync(Duc, "DOCTORATE", "Y tế công cộng", "health", 2015);
        // Hoa: a master's degree in the health field (2), an indexed article on preventive health (3), a member of the project (2): 7.
        await AddDegreeAsync(Hoa, "MASTER", "Quản lý bệnh viện", "health", 2018);
        await RecordOutputAsync("Y tế dự phòng ở vùng cao", "INDEXED_ARTICLE", 2025, "health", ["Dự phòng"], Hoa);
        // Lan: a journal article in education with the keyword "Y tế học đường" (2), the chair of the project's appraisal council (1): 3.
        await RecordOutputAsync("Sức khỏe học sinh bán trú", "JOURNAL_ARTICLE", 2024, "education", ["Y tế học đường"], Lan);
        // Sử: a bachelor's degree in the health field (1).
        await AddDegreeAsync(Su, "BACHELOR", "Điều dưỡng", "health", 2012);
        // Mai: nothing on the topic.
        await AddDegreeAsync(Mai, "BACHELOR", "Sư phạm Toán", "education", 2008);

        HealthProject = (await GraphQLAsync("mutation($input: ScienceProjectInput!) { proposeScienceProject(input: $input) { id } }", new
        {
            input = new
            {
                code = "DT-YT-01", title = "Nâng cao chất lượng khám chữa bệnh tuyến xã", level = "PROVINCIAL", fieldCode = "health",
                leadId = Duc, memberIds = new[] { Hoa }, hostUnitId = Hospital, stateBudget = 500_000_000L, otherBudget = 0L,
                plannedStart = "2025-03-01", plannedEnd = "2026-02-28", proposedOn = "2025-01-10",
            },
        }, EditorOf("Science"))).Data("proposeScienceProject").Id();
        (await GraphQLAsync("mutation($id: ID!) { submitScienceProjectForAppraisal(id: $id, on: \"2025-02-01\") { id } }", new { id = HealthProject }, EditorOf("Science")))
            .Data("submitScienceProjectForAppraisal");
        var council = (await GraphQLAsync("mutation($input: ScienceCouncilInput!) { formScienceCouncil(input: $input) { id } }",
            new { input = new { projectId = HealthProject, kind = "APPRAISAL", name = "Hội đồng thẩm định DT-YT-01", formedOn = "2025-02-05" } }, EditorOf("Science")))
            .Data("formScienceCouncil").Id();
        (await GraphQLAsync("mutation($councilId: ID!, $input: ScienceCouncilMemberInput!) { addScienceCouncilMember(councilId: $councilId, input: $input) { id } }",
            new { councilId = council, input = new { intellectualId = Lan, role = "CHAIR" } }, EditorOf("Science"))).Data("addScienceCouncilMember");
    }

    public async Task AddDegreeAsync(Guid person, string degree, string field, string? fieldCode, int year) =>
        (await GraphQLAsync("mutation($id: ID!, $input: QualificationInput!) { addQualification(intellectualId: $id, input: $input) { id } }",
            new { id = person, input = new { degree, field, fieldCode, year } }, Administrator)).Data("addQualification");

    public async Task RecordOutputAsync(string title, string kind, int year, string fieldCode, string[] keywords, Guid author) =>
        (await GraphQLAsync("mutation($input: UniversityResearchOutputInput!) { recordUniversityResearchOutput(input: $input) { id } }", new
        {
            input = new
            {
                title, kind, year, venue = "Tạp chí Khoa học", issn = "2049-3630", fieldCode, keywords,
                authors = new object[] { new { personId = author, isCorresponding = true }, new { externalName = "John Smith" } },
            },
        }, EditorOf("University"))).Data("recordUniversityResearchOutput");

    public async Task<JsonElement> ExpertsAsync(string arguments, string? token = null) =>
        (await GraphQLAsync($"{{ experts({arguments}) {{ totalCount nodes {{ person {{ id fullName }} score evidence {{ kind module label year weight }} }} }} }}",
            token: token ?? RegistryEditor));

    private async Task MakeProfessorAsync(Guid person, int year)
    {
        var version = (await GraphQLAsync("query($id: ID!) { intellectual(id: $id) { version } }", new { id = person }, Administrator))
            .Data("intellectual").GetProperty("version").GetInt32();
        (await GraphQLAsync("mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }",
            new { id = person, input = new { version, academicTitle = "PROFESSOR", academicTitleYear = year } }, Administrator)).Data("updateIntellectual");
    }
}
