using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

public sealed class InServiceTrainingTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Record = "mutation($input: EducationInServiceTrainingInput!) { recordEducationInServiceTraining(input: $input) { id } }";
    private const string Complete = "mutation($id: ID!, $on: DateOnly!) { completeEducationInServiceTraining(id: $id, completedOn: $on, certificate: \"BDTX-2025-017\") { completedOn } }";

    [Fact]
    public async Task A_completed_course_reaches_the_Registry_once_as_a_knowledge_update_training()
    {
        var teacher = await province.CreatePersonAsync("Triệu Thị Nhung", province.School, gender: "FEMALE", ethnicGroup: "05");
        var course = (await RecordAsync(teacher, "Bồi dưỡng Chương trình giáo dục phổ thông 2018 môn Ngữ văn", 30)).Data("recordEducationInServiceTraining").Id();

        (await province.GraphQLAsync(Complete, new { id = course, on = "2025-08-20" }, province.Editor)).Data("completeEducationInServiceTraining");
        var again = await province.GraphQLAsync(Complete, new { id = course, on = "2025-08-21" }, province.Editor);
        var trainings = await Eventually.ValueAsync(() => KnowledgeUpdatesAsync(teacher), t => t.Count > 0);
        await Task.Delay(500);

        again.FirstError().Code.Should().Be("CONFLICT");
        trainings.Should().Equal("Bồi dưỡng Chương trình giáo dục phổ thông 2018 môn Ngữ văn");
        (await KnowledgeUpdatesAsync(teacher)).Should().HaveCount(1, "the course is recorded in the Registry once");
    }

    [Fact]
    public async Task A_course_that_is_not_completed_is_not_reported()
    {
        var teacher = await province.CreatePersonAsync("Sùng Mí Dình", province.School, ethnicGroup: "13");
        (await RecordAsync(teacher, "Bồi dưỡng giáo viên dạy học sinh dân tộc thiểu số", 20)).Data("recordEducationInServiceTraining");

        var listed = (await province.GraphQLAsync("query($id: ID) { educationInServiceTrainings(filter: { personId: $id, completed: false }) { totalCount } }",
            new { id = teacher }, province.RegistryEditor)).Data("educationInServiceTrainings");
        await Task.Delay(500);

        listed.GetProperty("totalCount").GetInt32().Should().Be(1);
        (await KnowledgeUpdatesAsync(teacher)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_course_needs_hours_and_a_completion_after_its_start_and_is_refused_to_another_department()
    {
        var teacher = province.People[4];

        var noHours = await RecordAsync(teacher, "Bồi dưỡng kỹ năng chuyển đổi số", 0);
        var course = (await RecordAsync(teacher, "Bồi dưỡng kỹ năng chuyển đổi số", 15)).Data("recordEducationInServiceTraining").Id();
        var early = await province.GraphQLAsync(Complete, new { id = course, on = "2025-01-01" }, province.Editor);
        var refused = await RecordAsync(teacher, "Bồi dưỡng kỹ năng chuyển đổi số", 15, province.RegistryEditor);

        noHours.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "hours");
        early.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "completedOn");
        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    private Task<JsonElement> RecordAsync(Guid teacher, string title, int hours, string? token = null) =>
        province.GraphQLAsync(Record, new { input = new { personId = teacher, title, provider = "Sở Giáo dục và Đào tạo", hours, startedOn = "2025-07-01" } }, token ?? province.Editor);

    private async Task<List<string?>> KnowledgeUpdatesAsync(Guid person) =>
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { kind title } } }", new { id = person }, province.Administrator))
            .Data("intellectual").GetProperty("trainings").EnumerateArray()
            .Where(t => t.Text("kind") == "KNOWLEDGE_UPDATE").Select(t => t.Text("title")).ToList();
}
