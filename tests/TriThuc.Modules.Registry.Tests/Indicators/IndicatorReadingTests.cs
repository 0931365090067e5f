using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>Issue 20: T1 reads "được đào tạo, bồi dưỡng" broadly — a degree earned abroad or a working foreign language counts too.</summary>
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

    private async Task<Guid> LeaderAsync(string name)
    {
        var id = await registry.CreatePersonAsync(name, registry.Health, dateOfBirth: "1975-03-03");
        await registry.AddCareerRecordAsync("addLeadershipPosition", "LeadershipPositionInput", id,
            new { title = "Phó Giám đốc", level = "DEPARTMENT", unitId = registry.Health, startDate = "2022-01-01" });
        return id;
    }
}
