using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

public sealed class TeachingAssignmentTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Record = "mutation($input: EducationTeachingAssignmentInput!) { recordEducationTeachingAssignment(input: $input) { id title person { fullName } } }";

    [Fact]
    public async Task What_an_editor_records_shows_in_the_list_and_on_the_person()
    {
        var person = province.People[3];

        var recorded = (await RecordAsync(person, province.School, "Ngữ văn", "2025-09-05", province.Editor)).Data("recordEducationTeachingAssignment");

        recorded.GetProperty("person").Text("fullName").Should().Be("Lò Thị Mai");
        var found = (await province.GraphQLAsync(
            "query($unit: ID!) { educationTeachingAssignments(filter: { unitId: $unit, search: \"ngu van\" }) { totalCount edges { node { title } } } }",
            new { unit = province.EducationDepartment }, province.RegistryEditor)).Data("educationTeachingAssignments");
        found.GetProperty("totalCount").GetInt32().Should().Be(1, "the school is under the Department of Education, and search ignores diacritics");
        var onPerson = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { educationTeachingAssignments { title } } }",
            new { id = person }, province.RegistryEditor)).Data("intellectual");
        onPerson.GetProperty("educationTeachingAssignments").EnumerateArray().Select(t => t.Text("title")).Should().Contain("Ngữ văn");
    }

    [Fact]
    public async Task Another_departments_editor_may_read_but_not_record()
    {
        var refused = await RecordAsync(province.People[4], province.School, "Toán", "2025-09-05", province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task A_record_needs_a_title_and_a_unit_open_on_its_first_day()
    {
        var untitled = await RecordAsync(province.People[4], province.School, " ", "2025-09-05", province.Editor);
        var closedUnit = await RecordAsync(province.People[4], province.ClosedDistrict, "Lịch sử", "2025-09-05", province.Editor);

        untitled.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "title");
        closedUnit.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "unitId");
    }

    [Fact]
    public async Task The_indicator_counts_the_records_in_force_on_the_day()
    {
        var id = (await RecordAsync(province.People[4], province.School, "Vật lý", "2024-01-15", province.Editor)).Data("recordEducationTeachingAssignment").Id();
        (await province.GraphQLAsync("mutation($id: ID!) { endEducationTeachingAssignment(id: $id, endedOn: \"2024-06-30\") { id } }", new { id }, province.Editor))
            .Data("endEducationTeachingAssignment");

        var during = await CountAsync("2024-03-01");
        var after = await CountAsync("2024-12-31");

        (during - after).Should().Be(1, "the record held in March and had ended by December");
    }

    private Task<JsonElement> RecordAsync(Guid person, Guid unit, string title, string startedOn, string token) =>
        province.GraphQLAsync(Record, new { input = new { personId = person, unitId = unit, title, startedOn } }, token);

    private async Task<decimal> CountAsync(string day) =>
        (await province.GraphQLAsync($"{{ indicator(code: \"E4\") {{ value(at: \"{day}\") {{ value }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value").GetProperty("value").GetDecimal();
}
