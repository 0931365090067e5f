using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Issue 20, item 22: what a hurried clerk leaves out or gets wrong is asked for or refused, not guessed.</summary>
public sealed class PlausibleRecordTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task Creating_a_person_without_saying_whether_they_work_in_the_public_sector_is_refused()
    {
        var result = await registry.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new { fullName = "Mông Văn Khu", gender = "MALE", dateOfBirth = "1985-04-12", ethnicGroupCode = "01", unitId = registry.Health, fieldCode = "health" },
        }, registry.Editor);

        result.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("isPublicSector");
        result.TryGetProperty("data", out var data).Should().BeFalse(data.ToString());
    }

    [Fact]
    public async Task An_imported_row_with_no_public_sector_answer_is_refused_on_that_column()
    {
        var csv = RegistryHost.PeopleCsvHeader + "\r\nMông Thị Khu,Nữ,01/02/1980,Tày,,,,,THPT-DV,Giáo viên,Giáo dục,,Có\r\n";

        var (_, report) = await registry.ImportAsync(csv);

        report.GetProperty("problems").EnumerateArray().Should().ContainSingle().Which.GetProperty("column").GetString().Should().Be("Khu vực công");
    }

    [Fact]
    public async Task A_unit_needs_the_day_it_started_and_not_one_years_ahead()
    {
        var missing = await registry.GraphQLAsync("mutation { createUnit(input: { code: \"TR-MOI\", name: \"Trường mới\", kind: SCHOOL }) { id } }", token: registry.Administrator);
        var far = await registry.GraphQLAsync("mutation { createUnit(input: { code: \"TR-XA\", name: \"Trường xa\", kind: SCHOOL, validFrom: \"2031-09-05\" }) { id } }", token: registry.Administrator);

        missing.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("validFrom");
        far.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "validFrom");
    }

    [Fact]
    public async Task A_training_spread_over_years_and_a_post_ending_years_ahead_are_refused()
    {
        var id = await registry.CreatePersonAsync("Mông Văn Xa", registry.Health);

        var training = await registry.AddCareerRecordRawAsync("addTraining", "TrainingInput", id, new
        {
            kind = "KNOWLEDGE_UPDATE", title = "Cập nhật kiến thức", provider = "Trường Chính trị tỉnh", startDate = "2024-01-01", endDate = "2027-12-31", hours = 4,
        });
        var post = await registry.AddCareerRecordRawAsync("addLeadershipPosition", "LeadershipPositionInput", id, new
        {
            title = "Phó Giám đốc", level = "DEPARTMENT", unitId = registry.Health, startDate = "2026-01-01", endDate = "2031-01-01",
        });

        training.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "endDate");
        post.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "endDate");
    }

    [Fact]
    public async Task A_post_whose_level_does_not_fit_its_unit_is_refused()
    {
        var id = await registry.CreatePersonAsync("Mông Văn Cấp", registry.Health);
        var hospital = await registry.CreateUnitAsync("BV-TINH", "Bệnh viện Đa khoa tỉnh", "HOSPITAL", registry.Health);

        var provinceLevel = await registry.AddCareerRecordRawAsync("addLeadershipPosition", "LeadershipPositionInput", id, new
        {
            title = "Phó Chủ tịch", level = "PROVINCE", unitId = hospital, startDate = "2022-01-01",
        });
        var director = await registry.AddCareerRecordRawAsync("addLeadershipPosition", "LeadershipPositionInput", id, new
        {
            title = "Giám đốc bệnh viện", level = "UNIT", unitId = hospital, startDate = "2022-01-01",
        });

        provinceLevel.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "level");
        director.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
    }
}
