using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>
/// Issue 20: T1 reads "được đào tạo, bồi dưỡng" broadly — a degree earned abroad or a working foreign language counts
/// too; T3 reads "phù hợp với vị trí việc làm … theo lĩnh vực" — a post that states its field needs a degree in it.
/// </summary>
public sealed class IndicatorReadingTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task T1_counts_a_leader_with_a_degree_from_abroad_or_a_b2_language_and_not_one_with_only_a_language_course()
    {
        var abroad = await LeaderAsync("Nông Văn Du Học");
        await registry.AddCareerRecordAsync("addQualification", "QualificationInput", abroad, new { degree = "MASTER", field = "Quản trị", country = "Nhật Bản", year = 2015 });
        var athome = await LeaderAsync("Nông Văn Trong Nước");
        await registry.AddCareerRecordAsync("addQualification", "QualificationInput", athome, new { degree = "MASTER", field = "Quản trị", country = "Việt Nam", year = 2015 });
        var fluent = await LeaderAsync("Nông Thị Ngoại Ngữ");
        await registry.AddCareerRecordAsync("addLanguageSkill", "LanguageSkillInput", fluent, new { language = "Tiếng Anh", level = 4 });
        var course = await LeaderAsync("Nông Văn Khóa Học");
        await registry.AddCareerRecordAsync("addLanguageSkill", "LanguageSkillInput", course, new { language = "Tiếng Anh", level = 3 });
        await registry.AddCareerRecordAsync("addTraining", "TrainingInput", course, new
        {
            kind = "FOREIGN_LANGUAGE", title = "Tiếng Anh giao tiếp", provider = "Trường Đại học Tân Trào", startDate = "2024-01-05", endDate = "2024-03-05", hours = 120,
        });

        var numerator = (await registry.GraphQLAsync(
                "{ indicator(code: \"T1\") { subjects(at: \"2025-12-31\", filter: { inNumerator: true }, first: 50) { items { name } } } }", token: registry.Editor))
            .Data("indicator").GetProperty("subjects").GetProperty("items").EnumerateArray().Select(i => i.Text("name")).ToList();

        numerator.Should().Contain(["Nông Văn Du Học", "Nông Thị Ngoại Ngữ"]).And.NotContain(["Nông Văn Trong Nước", "Nông Văn Khóa Học"]);
    }

    [Fact]
    public async Task T3_needs_a_degree_in_the_field_a_post_states_and_any_field_where_it_states_none()
    {
        var inField = await LeaderAsync("Lục Văn Đúng Ngành", requiredFieldCode: "health");
        await registry.AddCareerRecordAsync("addQualification", "QualificationInput", inField, new { degree = "MASTER", field = "Y tế công cộng", fieldCode = "health", year = 2012 });
        var otherField = await LeaderAsync("Lục Văn Trái Ngành", requiredFieldCode: "health");
        await registry.AddCareerRecordAsync("addQualification", "QualificationInput", otherField, new { degree = "MASTER", field = "Quản lý giáo dục", fieldCode = "education", year = 2012 });
        var unrecorded = await LeaderAsync("Lục Thị Chưa Ghi Lĩnh Vực", requiredFieldCode: "health");
        await registry.AddCareerRecordAsync("addQualification", "QualificationInput", unrecorded, new { degree = "DOCTORATE", field = "Y học", year = 2010 });
        var noFieldStated = await LeaderAsync("Lục Văn Không Yêu Cầu");
        await registry.AddCareerRecordAsync("addQualification", "QualificationInput", noFieldStated, new { degree = "BACHELOR", field = "Luật", fieldCode = "Luật", year = 2005 });

        var numerator = await NumeratorAsync("T3");

        numerator.Should().Contain(["Lục Văn Đúng Ngành", "Lục Văn Không Yêu Cầu"]).And.NotContain(["Lục Văn Trái Ngành", "Lục Thị Chưa Ghi Lĩnh Vực"]);
    }

    [Fact]
    public async Task A_field_not_in_the_list_is_refused_naming_the_codes_to_use()
    {
        var id = await registry.CreatePersonAsync("Lục Văn Sai Mã", registry.Health, dateOfBirth: "1975-03-03");

        var result = await registry.AddCareerRecordRawAsync("addLeadershipPosition", "LeadershipPositionInput", id,
            new { title = "Phó Giám đốc", level = "DEPARTMENT", unitId = registry.Health, startDate = "2022-01-01", requiredFieldCode = "y-te" });

        var error = result.FirstError();
        error.Code.Should().Be("VALIDATION");
        error.Field.Should().Be("requiredFieldCode");
        error.Message.Should().Contain("không có trong danh mục").And.Contain("health (Y tế)");
    }

    private async Task<List<string?>> NumeratorAsync(string code) =>
        (await registry.GraphQLAsync(
                $"{{ indicator(code: \"{code}\") {{ subjects(at: \"2025-12-31\", filter: {{ inNumerator: true }}, first: 100) {{ items {{ name }} }} }} }}", token: registry.Editor))
            .Data("indicator").GetProperty("subjects").GetProperty("items").EnumerateArray().Select(i => i.Text("name")).ToList();

    private async Task<Guid> LeaderAsync(string name, string? requiredFieldCode = null)
    {
        var id = await registry.CreatePersonAsync(name, registry.Health, dateOfBirth: "1975-03-03");
        await registry.AddCareerRecordAsync("addLeadershipPosition", "LeadershipPositionInput", id,
            new { title = "Phó Giám đốc", level = "DEPARTMENT", unitId = registry.Health, startDate = "2022-01-01", requiredFieldCode });
        return id;
    }
}
