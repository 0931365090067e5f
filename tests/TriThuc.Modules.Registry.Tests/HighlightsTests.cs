using System.Text.Json;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>A person's highest qualification and latest training, as a list shows them beside the name.</summary>
public sealed class HighlightsTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Page = """
        { intellectuals(first: 10, filter: { search: "ha thi" }) { items {
          fullName highestQualification { degree year } latestTraining { title startDate endDate }
        } } }
        """;

    [Fact]
    public async Task The_highest_degree_wins_over_a_later_lower_one_and_the_later_of_equals_wins()
    {
        // Neither the latest year (Bachelor 2022) nor the largest enum value (SpecialistFirstLevel) is the highest: the doctorate is.
        var doctor = await registry.CreatePersonAsync("Hà Thị Một", registry.Health, gender: "FEMALE");
        await AddQualificationAsync(doctor, "DOCTORATE", 2010);
        await AddQualificationAsync(doctor, "SPECIALIST_FIRST_LEVEL", 2018);
        await AddQualificationAsync(doctor, "BACHELOR", 2022);
        // Master's and resident are on one level: the later wins, though the resident comes later in the enum.
        var master = await registry.CreatePersonAsync("Hà Thị Hai", registry.Health, gender: "FEMALE");
        await AddQualificationAsync(master, "RESIDENT", 2012);
        await AddQualificationAsync(master, "MASTER", 2016);
        await registry.CreatePersonAsync("Hà Thị Ba", registry.Health, gender: "FEMALE");

        var people = await PageAsync();

        Highest(people["Hà Thị Một"]).Should().Be(("DOCTORATE", 2010));
        Highest(people["Hà Thị Hai"]).Should().Be(("MASTER", 2016));
        people["Hà Thị Ba"].GetProperty("highestQualification").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_latest_training_is_the_one_that_ended_last_then_started_last()
    {
        var id = await registry.CreatePersonAsync("Hà Thị Bốn", registry.Education, gender: "FEMALE");
        // Entered out of order, so that neither the latest start nor the latest entry (ids grow with time) gives the answer.
        await AddTrainingAsync(id, "Ngắn, bắt đầu muộn nhất", "2024-05-25", "2024-05-28");
        await AddTrainingAsync(id, "Kết thúc 1/6, bắt đầu sau", "2024-05-20", "2024-06-01");
        await AddTrainingAsync(id, "Dài, kết thúc 1/6", "2024-03-01", "2024-06-01");
        await AddTrainingAsync(id, "Năm trước", "2023-01-01", "2023-01-05");
        await registry.CreatePersonAsync("Hà Thị Năm", registry.Education, gender: "FEMALE");

        var people = await PageAsync();

        people["Hà Thị Bốn"].GetProperty("latestTraining").GetProperty("title").GetString().Should().Be("Kết thúc 1/6, bắt đầu sau");
        people["Hà Thị Năm"].GetProperty("latestTraining").ValueKind.Should().Be(JsonValueKind.Null);
    }

    private async Task<Dictionary<string, JsonElement>> PageAsync() =>
        (await registry.GraphQLAsync(Page, token: registry.Editor)).GetProperty("data").GetProperty("intellectuals").GetProperty("items")
            .EnumerateArray().ToDictionary(p => p.GetProperty("fullName").GetString()!);

    private static (string?, int) Highest(JsonElement person)
    {
        var qualification = person.GetProperty("highestQualification");
        return (qualification.GetProperty("degree").GetString(), qualification.GetProperty("year").GetInt32());
    }

    private Task AddQualificationAsync(Guid person, string degree, int year) =>
        registry.AddCareerRecordAsync("addQualification", "QualificationInput", person, new { degree, field = "Y học", year });

    private Task AddTrainingAsync(Guid person, string title, string startDate, string endDate) =>
        registry.AddCareerRecordAsync("addTraining", "TrainingInput", person, new { kind = "PROFESSIONAL", title, provider = "Sở Y tế", startDate, endDate, hours = 16 });
}
