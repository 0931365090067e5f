using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

public sealed class CareerRecordTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task Degrees_languages_posts_trainings_and_honours_appear_on_the_record()
    {
        var id = await registry.CreatePersonAsync("Triệu Thị Lan", registry.Health, gender: "FEMALE", field: "health");
        await AddAsync("addQualification", "QualificationInput", id, new { degree = "SPECIALIST_SECOND_LEVEL", field = "Nội khoa", institution = "Đại học Y Hà Nội", country = "Việt Nam", year = 2015 });
        await AddAsync("addLanguageSkill", "LanguageSkillInput", id, new { language = "Tiếng Anh", level = 4 });
        await AddAsync("addLeadershipPosition", "LeadershipPositionInput", id, new { title = "Phó Giám đốc", level = "DEPARTMENT", unitId = registry.Health, startDate = "2021-01-01" });
        await AddAsync("addTraining", "TrainingInput", id, new { kind = "INTERNATIONAL_ENVIRONMENT", title = "Hội nhập quốc tế", provider = "Học viện Ngoại giao", startDate = "2024-03-01", endDate = "2024-03-10", hours = 40 });
        await AddAsync("addHonour", "HonourInput", id, new { year = 2023, title = "Trí thức tiêu biểu", awardedBy = "UBND tỉnh Tuyên Quang" });

        var person = (await registry.GraphQLAsync(
            "query($id: ID!) { intellectual(id: $id) { qualifications { degree year } languages { level } positions { title endDate } trainings { kind hours } honours { title } } }",
            new { id }, registry.Editor)).GetProperty("data").GetProperty("intellectual");

        person.GetProperty("qualifications")[0].GetProperty("degree").GetString().Should().Be("SPECIALIST_SECOND_LEVEL");
        person.GetProperty("languages")[0].GetProperty("level").GetInt32().Should().Be(4);
        person.GetProperty("positions")[0].GetProperty("endDate").ValueKind.Should().Be(JsonValueKind.Null);
        person.GetProperty("trainings")[0].GetProperty("hours").GetInt32().Should().Be(40);
        person.GetProperty("honours")[0].GetProperty("title").GetString().Should().Be("Trí thức tiêu biểu");
    }

    [Fact]
    public async Task Lists_filter_by_degree_leadership_and_training_year()
    {
        var doctor = await registry.CreatePersonAsync("Lục Văn Tiến", registry.Education);
        var leader = await registry.CreatePersonAsync("Lục Thị Hằng", registry.Education, gender: "FEMALE");
        await AddAsync("addQualification", "QualificationInput", doctor, new { degree = "DOCTORATE", field = "Hóa học", year = 2018 });
        var post = await AddAsync("addLeadershipPosition", "LeadershipPositionInput", leader, new { title = "Trưởng phòng", level = "DEPARTMENT", unitId = registry.Education, startDate = "2020-05-01" });
        await AddAsync("addTraining", "TrainingInput", leader, new { kind = "KNOWLEDGE_UPDATE", title = "Cập nhật kiến thức", provider = "Trường Chính trị tỉnh", startDate = "2024-06-01", endDate = "2024-06-05", hours = 24 });

        (await NamesAsync(new { search = "luc", degree = "DOCTORATE" })).Should().Equal("Lục Văn Tiến");
        (await NamesAsync(new { search = "luc", leader = true })).Should().Equal("Lục Thị Hằng");
        (await NamesAsync(new { search = "luc", trainedInYear = 2024 })).Should().Equal("Lục Thị Hằng");
        (await NamesAsync(new { search = "luc", trainedInYear = 2023 })).Should().BeEmpty();

        await registry.GraphQLAsync("mutation($id: ID!) { endLeadershipPosition(positionId: $id, endDate: \"2024-12-31\") { id } }", new { id = post }, registry.Editor);
        (await NamesAsync(new { search = "luc", leader = true })).Should().BeEmpty();
    }

    [Fact]
    public async Task Impossible_values_are_refused_naming_the_field()
    {
        var id = await registry.CreatePersonAsync("Bế Văn Đàn", registry.Health);

        (await AddRawAsync("addLanguageSkill", "LanguageSkillInput", id, new { language = "Tiếng Pháp", level = 7 })).FirstError().Field.Should().Be("level");
        (await AddRawAsync("addTraining", "TrainingInput", id, new { kind = "PROFESSIONAL", title = "T", provider = "P", startDate = "2024-03-10", endDate = "2024-03-01", hours = 8 }))
            .FirstError().Field.Should().Be("endDate");
        (await AddRawAsync("addQualification", "QualificationInput", id, new { degree = "MASTER", field = "Luật", year = 1970 })).FirstError().Field.Should().Be("year");
    }

    private Task<Guid> AddAsync(string mutation, string inputType, Guid intellectualId, object input) =>
        registry.AddCareerRecordAsync(mutation, inputType, intellectualId, input);

    private Task<JsonElement> AddRawAsync(string mutation, string inputType, Guid intellectualId, object input) =>
        registry.AddCareerRecordRawAsync(mutation, inputType, intellectualId, input);

    private async Task<List<string?>> NamesAsync(object filter) =>
        (await registry.GraphQLAsync("query($f: IntellectualFilter) { intellectuals(filter: $f, first: 50) { edges { node { fullName } } } }", new { f = filter }, registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").Names();
}
