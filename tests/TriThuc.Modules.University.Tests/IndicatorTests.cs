using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

/// <summary>U1–U3 on a hand-built province: this class has its own host, and each test touches only its own indicator, so the counts are exact.</summary>
public sealed class IndicatorTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private static readonly DateOnly Today = UniversityHost.Today;

    [Fact]
    public async Task U1_counts_this_years_passes_of_provincial_cadres_by_kind_and_department()
    {
        var ended = Today.AddDays(-2);
        var international = await province.OfferCourseAsync("Làm việc trong môi trường quốc tế", "INTERNATIONAL_ENVIRONMENT", ended.AddDays(-10), ended);
        var language = await province.OfferCourseAsync("Tiếng Anh B1", "FOREIGN_LANGUAGE", ended.AddDays(-10), ended);
        await PassAsync(international, province.People[0], "PASSED");
        await PassAsync(international, province.People[3], "PASSED");
        await PassAsync(international, province.People[4], "FAILED");
        await PassAsync(language, province.People[0], "PASSED");

        var (count, _) = await ValueAsync("U1");
        var lastYear = (await province.GraphQLAsync($"{{ indicator(code: \"U1\") {{ value(year: {Today.Year - 1}) {{ numerator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value").GetProperty("numerator").GetDecimal();

        count.Should().Be(3m, "two passes of the hospital's doctor and one of the teacher; a failure does not count");
        (await BreakdownAsync("U1", "trainingKind")).Should().BeEquivalentTo([("INTERNATIONAL_ENVIRONMENT", 2m), ("FOREIGN_LANGUAGE", 1m)]);
        (await BreakdownAsync("U1", "department")).Should().BeEquivalentTo([("SYT", 2m), ("SGDDT", 1m)]);
        lastYear.Should().Be(0m, "the passes were recorded this year");
    }

    [Fact]
    public async Task U2_is_the_share_of_non_probationary_lecturers_with_a_qualifying_output_in_the_academic_year()
    {
        var academicYear = Today.Month >= 8 ? Today.Year : Today.Year - 1;
        var published = await LecturerAsync("Ma Văn Thắng", academicYear, probationary: false);
        await province.OutputAsync(published, "JOURNAL_ARTICLE", academicYear);
        var bookOnly = await LecturerAsync("Nông Thị Hằng", academicYear, probationary: false);
        await province.OutputAsync(bookOnly, "BOOK", academicYear);
        var probationer = await LecturerAsync("Triệu Văn Minh", academicYear, probationary: true);
        await province.OutputAsync(probationer, "CONFERENCE_PAPER", academicYear);
        var lastYear = await LecturerAsync("Lý Thị Dung", academicYear - 1, probationary: false);
        await province.OutputAsync(lastYear, "JOURNAL_ARTICLE", academicYear - 1);

        var (numerator, denominator) = await ValueAsync("U2");

        (numerator, denominator).Should().Be((1m, 2m), "of the two non-probationary lecturers of this academic year, one has an ISSN article; a book is not a minimum output");
    }

    [Fact]
    public async Task U3_counts_agreements_in_force_with_an_activity_in_the_last_twelve_months_domestic_and_foreign()
    {
        var foreign = await province.AgreementAsync("Đại học Quảng Tây", "FOREIGN", "Trung Quốc", Today.AddYears(-2), Today.AddYears(2));
        var domestic = await province.AgreementAsync("Viện Nghiên cứu Văn hóa", "DOMESTIC", null, Today.AddYears(-2), null);
        var dormant = await province.AgreementAsync("Đại học Vân Nam", "FOREIGN", "Trung Quốc", Today.AddYears(-2), Today.AddYears(2));
        var expired = await province.AgreementAsync("Đại học Chiang Mai", "FOREIGN", "Thái Lan", Today.AddYears(-2), Today.AddMonths(-1));
        await Activity(foreign, Today.AddMonths(-2));
        await Activity(domestic, Today.AddMonths(-14), Today.AddMonths(-11));
        await Activity(dormant, Today.AddMonths(-13));
        await Activity(expired, Today.AddMonths(-3));

        var (count, _) = await ValueAsync("U3");

        count.Should().Be(2m, "the dormant agreement's activity is older than 12 months and the expired one is no longer in force");
        (await BreakdownAsync("U3", "origin")).Should().BeEquivalentTo([("FOREIGN", 1m), ("DOMESTIC", 1m)]);
    }

    private async Task PassAsync(Guid course, Guid person, string result)
    {
        var enrolment = await province.EnrolAsync(course, person, Today.AddDays(-15));
        (await province.RecordResultAsync(enrolment, 40, result)).Data("recordUniversityEnrolmentResult");
    }

    private async Task<Guid> LecturerAsync(string name, int academicYear, bool probationary)
    {
        var lecturer = await province.CreatePersonAsync(name, province.UniversityBranch);
        (await province.RecordWorkloadAsync(new { personId = lecturer, academicYear, teachingNorm = 270, teachingHours = 280, researchHours = 600, isProbationary = probationary }))
            .Data("recordUniversityLecturerWorkload");
        return lecturer;
    }

    private async Task Activity(Guid agreement, DateOnly start, DateOnly? end = null) =>
        (await province.RecordActivityAsync(agreement, "EXCHANGE", start, end)).Data("recordUniversityCooperationActivity");

    private async Task<(decimal Numerator, decimal Denominator)> ValueAsync(string code)
    {
        var value = (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ value {{ numerator denominator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value");
        return (value.GetProperty("numerator").GetDecimal(), value.GetProperty("denominator").ValueKind == JsonValueKind.Number ? value.GetProperty("denominator").GetDecimal() : 0m);
    }

    private async Task<List<(string?, decimal)>> BreakdownAsync(string code, string by) =>
        (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ breakdown(by: \"{by}\") {{ key numerator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("breakdown").EnumerateArray().Select(r => (r.Text("key"), r.GetProperty("numerator").GetDecimal())).ToList();
}
