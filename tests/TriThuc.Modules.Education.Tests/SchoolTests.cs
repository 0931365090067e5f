using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

public sealed class SchoolTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Record = "mutation($input: EducationSchoolInput!) { recordEducationSchool(input: $input) { id unitName level isPublic } }";

    [Fact]
    public async Task A_schools_area_class_is_the_Registrys_classification_of_its_commune_on_the_day_asked()
    {
        var unit = await NewSchoolUnitAsync("Trường Tiểu học Sủng Trà", "PRIMARY_SCHOOL");
        var id = (await RecordAsync(unit, "PRIMARY", true, province.Commune)).Data("recordEducationSchool").Id();

        var school = (await province.GraphQLAsync(
            "query($id: ID!) { educationSchool(id: $id) { unitName level isPublic in2025: areaZone(on: \"2025-08-01\") in2026: areaZone(on: \"2026-02-01\") isBorderArea(on: \"2026-02-01\") hard2025: isExtremelyDifficultArea(on: \"2025-08-01\") } }",
            new { id }, province.RegistryEditor)).Data("educationSchool");

        school.Text("unitName").Should().Be("Trường Tiểu học Sủng Trà");
        school.Text("level").Should().Be("PRIMARY");
        school.GetProperty("isPublic").GetBoolean().Should().BeTrue();
        school.Text("in2025").Should().Be("REGION_III", "Decision 861/QĐ-TTg classed the commune region III until the end of 2025");
        school.Text("in2026").Should().Be("REGION_II", "Decision 60/QĐ-BDTTG classes it region II from 2026");
        school.GetProperty("isBorderArea").GetBoolean().Should().BeTrue();
        school.GetProperty("hard2025").GetBoolean().Should().BeTrue("a region III commune is extremely difficult");
    }

    [Fact]
    public async Task Recording_a_unit_again_corrects_its_one_profile_and_the_list_filters_by_level_and_ownership()
    {
        var unit = await NewSchoolUnitAsync("Trường Mầm non Hoa Sen", "PRE_SCHOOL");
        var first = (await RecordAsync(unit, "PRE_SCHOOL", true, null)).Data("recordEducationSchool").Id();

        var second = (await RecordAsync(unit, "PRE_SCHOOL", false, province.Village)).Data("recordEducationSchool").Id();
        var privatePreSchools = (await province.GraphQLAsync(
            "{ educationSchools(filter: { level: PRE_SCHOOL, isPublic: false }) { totalCount nodes { unitName } } }", token: province.RegistryEditor)).Data("educationSchools");

        second.Should().Be(first);
        privatePreSchools.GetProperty("totalCount").GetInt32().Should().Be(1);
        privatePreSchools.GetProperty("nodes").EnumerateArray().Single().Text("unitName").Should().Be("Trường Mầm non Hoa Sen");
    }

    [Fact]
    public async Task Another_departments_editor_is_refused()
    {
        var unit = await NewSchoolUnitAsync("Trường THCS Pải Lủng", "LOWER_SECONDARY_SCHOOL");

        var refused = await province.GraphQLAsync(Record, new { input = new { unitId = unit, level = "LOWER_SECONDARY", isPublic = true } }, province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task A_profile_needs_a_school_unit_a_level_matching_its_kind_and_a_commune_or_village_as_its_place()
    {
        var unit = await NewSchoolUnitAsync("Trường PTDTNT THCS và THPT Mèo Vạc", "ETHNIC_BOARDING_SCHOOL");

        var notASchool = await RecordAsync(province.EducationDepartment, "UPPER_SECONDARY", true, null);
        var wrongLevel = await RecordAsync(unit, "ETHNIC_SEMI_BOARDING", true, null);
        var notAPlace = await RecordAsync(unit, "ETHNIC_BOARDING", true, province.EducationDepartment);

        notASchool.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "unitId");
        wrongLevel.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "level");
        notAPlace.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "locationId");
        wrongLevel.FirstError().Message.Should().Contain("Phổ thông dân tộc bán trú");
    }

    private Task<Guid> NewSchoolUnitAsync(string name, string kind) =>
        province.CreateUnitAsync(province.NextCode("TRUONG"), name, kind, province.EducationDepartment, "2000-01-01");

    private Task<JsonElement> RecordAsync(Guid unit, string level, bool isPublic, Guid? location) =>
        province.GraphQLAsync(Record, new { input = new { unitId = unit, level, isPublic, locationId = location } }, province.Editor);
}
