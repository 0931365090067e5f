using System.Text.Json;
using TriThuc.Testing;
using static TriThuc.Modules.Talent.Tests.HonoursHost;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// The annual honours round over GraphQL: criteria and window, a nomination judged at once (quota, years of work on the
/// Registry's records, one honour per achievement), a selection council scored by Science's council rules through the
/// contract (conflicts excluded, quorum), and the decision that puts the honour on the Registry record.
/// </summary>
public sealed class HonourRoundTests(HonoursHost province) : IClassFixture<HonoursHost>
{
    [Fact]
    public async Task An_editor_takes_a_round_from_criteria_to_an_honour_on_the_registry_record()
    {
        var year = province.NextYear();
        var doctor = province.People[0];
        await province.QualifyAsync(doctor, year - 15);
        var round = (await province.CreateRoundAsync(year, [Quota(province.Hospital, 2)])).Data("createTalentHonourRound").Id();

        var nomination = (await province.NominateAsync(round, doctor, province.Hospital,
            [Achievement("Ứng dụng kỹ thuật nội soi can thiệp tại bệnh viện tuyến tỉnh", year - 1), Achievement("Sáng kiến quy trình cấp cứu đột quỵ", year - 2, "INVENTION")]))
            .Data("nominateTalentHonour");
        nomination.Text("status").Should().Be("ELIGIBLE");
        nomination.GetProperty("yearsOfWork").GetInt32().Should().Be(15, "from the year of the first degree on the Registry's record");
        nomination.GetProperty("achievements").GetArrayLength().Should().Be(2);

        var seats = await province.SeatAsync(round, province.Jurors);
        province.Clock.Advance(TimeSpan.FromMinutes(11));
        var scores = new[] { 90, 85, 80, 75, 88 };
        JsonElement last = default;
        for (var i = 0; i < seats.Count; i++)
        {
            last = (await province.ScoreAsync(nomination.Id(), seats[i], scores[i])).Data("scoreTalentHonourNomination");
        }

        last.GetProperty("council").Text("outcome").Should().Be("PASS");
        last.GetProperty("council").GetProperty("averageScore").GetDecimal().Should().Be(83.6m);

        var decided = (await province.DecideAsync(round)).Data("decideTalentHonourRound");
        decided.Text("decisionNumber").Should().Be("1234/QĐ-UBND");
        decided.GetProperty("nominations")[0].Text("status").Should().Be("HONOURED");
        await Eventually.ValueAsync(() => province.HonoursOfAsync(doctor), honours => honours.Count == 1);
        (await province.HonoursOfAsync(doctor)).Should().Equal([(year, $"Trí thức tiêu biểu tỉnh Tuyên Quang năm {year}")]);

        var nominations = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { talentHonourNominations { status roundId } } }",
            new { id = doctor }, province.Editor)).Data("intellectual").GetProperty("talentHonourNominations");
        nominations.EnumerateArray().Select(n => n.Text("status")).Should().Equal("HONOURED");
        (await province.DecideAsync(round)).FirstError().Code.Should().Be("CONFLICT", "a round is decided once");
    }

    [Fact]
    public async Task Another_departments_editor_is_refused_and_evidence_and_scores_need_the_personal_data_permission()
    {
        var year = province.NextYear();
        var health = province.EditorOf("Health");
        (await province.CreateRoundAsync(year, [Quota(province.School, 1)], token: health)).FirstError().Code.Should().Be("FORBIDDEN");
        var round = (await province.CreateRoundAsync(year, [Quota(province.School, 1)])).Data("createTalentHonourRound").Id();
        await province.QualifyAsync(province.People[3], year - 12);
        (await province.NominateAsync(round, province.People[3], province.School, [Achievement("Giáo viên dạy giỏi cấp tỉnh", year - 1, "AWARD")], health))
            .FirstError().Code.Should().Be("FORBIDDEN");
        var nomination = (await province.NominateAsync(round, province.People[3], province.School, [Achievement("Giáo viên dạy giỏi cấp tỉnh", year - 1, "AWARD")]))
            .Data("nominateTalentHonour").Id();

        const string Query = "query($id: ID!) { talentHonourRound(id: $id) { nominations { id evidence { fileName sha256 } scores { score } } } }";
        (await province.GraphQLAsync(Query, new { id = round }, province.Editor)).FirstError().Code.Should().Be("FORBIDDEN", "evidence is personal data");
        var evidence = (await province.GraphQLAsync(Query, new { id = round }, province.PersonalDataEditor)).Data("talentHonourRound")
            .GetProperty("nominations")[0].GetProperty("evidence")[0];
        evidence.Text("fileName").Should().Be("bao-cao-thanh-tich.pdf");
        (await province.GraphQLAsync("query($id: ID!) { talentHonourRound(id: $id) { nominations { id } } }", new { id = round }, province.Editor))
            .Data("talentHonourRound").GetProperty("nominations")[0].Id().Should().Be(nomination);
    }

    [Fact]
    public async Task Nominations_are_filed_only_inside_the_window_on_the_servers_clock()
    {
        var year = province.NextYear();
        var round = (await province.CreateRoundAsync(year, [Quota(province.Hospital, 3)], opensInMinutes: 5, closesInMinutes: 20))
            .Data("createTalentHonourRound").Id();
        var person = await province.CreatePersonAsync("Tạ Văn Khởi", province.Hospital, field: "health");
        await province.QualifyAsync(person, year - 20);
        object[] achievements = [Achievement("Đề tài điều trị sốt rét vùng cao", year - 3)];

        var early = await province.NominateAsync(round, person, province.Hospital, achievements);
        early.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "roundId" && e.Message!.Contains("Ngoài thời hạn đề cử"));

        province.Clock.Advance(TimeSpan.FromMinutes(6));
        (await province.NominateAsync(round, person, province.Hospital, achievements)).Data("nominateTalentHonour").Text("status").Should().Be("ELIGIBLE");

        var late = await province.CreatePersonAsync("Tạ Thị Khuyên", province.Hospital, gender: "FEMALE", field: "health");
        province.Clock.Advance(TimeSpan.FromMinutes(15));
        (await province.NominateAsync(round, late, province.Hospital, achievements)).FirstError().Code.Should().Be("CONFLICT");
        var nominees = (await province.GraphQLAsync("query($id: ID!) { talentHonourRound(id: $id) { nominations { nominee { id } } } }", new { id = round }, province.Editor))
            .Data("talentHonourRound").GetProperty("nominations").EnumerateArray().Select(n => n.GetProperty("nominee").Id());
        nominees.Should().Equal([person], "nothing is filed outside the window");
    }

    [Fact]
    public async Task A_nomination_names_every_criterion_it_fails_quota_and_years_of_work_from_the_registry()
    {
        var year = province.NextYear();
        var round = (await province.CreateRoundAsync(year, [Quota(province.School, 1)], minimumYears: 10)).Data("createTalentHonourRound").Id();
        var first = await province.CreatePersonAsync("Mai Văn Thắng", province.School);
        var second = await province.CreatePersonAsync("Mai Thị Hằng", province.School, gender: "FEMALE");
        var young = await province.CreatePersonAsync("Lý Văn Trẻ", province.HealthStation, field: "health");
        await province.QualifyAsync(first, year - 11);
        await province.QualifyAsync(second, year - 10);
        await province.QualifyAsync(young, year - 3);

        (await province.NominateAsync(round, first, province.School, [Achievement("Chuyên đề dạy học song ngữ", year)])).Data("nominateTalentHonour")
            .GetProperty("failedCriteria").GetArrayLength().Should().Be(0);
        var overQuota = (await province.NominateAsync(round, second, province.School, [Achievement("Câu lạc bộ tiếng Anh vùng cao", year)])).Data("nominateTalentHonour");
        overQuota.Text("status").Should().Be("INELIGIBLE");
        overQuota.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).Should().Equal("OVER_QUOTA");
        var both = (await province.NominateAsync(round, young, province.HealthStation, [Achievement("Mô hình trạm y tế thông minh", year)])).Data("nominateTalentHonour");
        both.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).Should()
            .Equal(["OVER_QUOTA", "TOO_FEW_YEARS_OF_WORK"], "the health station has no quota in the round, and three years of work are fewer than ten");
        both.GetProperty("yearsOfWork").GetInt32().Should().Be(3);

        var twice = await province.NominateAsync(round, first, province.School, [Achievement("Chuyên đề khác", year)]);
        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "intellectualId");
    }

    [Fact]
    public async Task An_achievement_is_honoured_once()
    {
        var later = province.NextYear();
        var earlier = province.NextYear();
        var person = await province.CreatePersonAsync("Hà Quang Minh", province.Hospital, field: "health");
        await province.QualifyAsync(person, 2000);
        var first = (await province.CreateRoundAsync(earlier, [Quota(province.Hospital, 1)])).Data("createTalentHonourRound").Id();
        var nomination = (await province.NominateAsync(first, person, province.Hospital, [Achievement("Phẫu thuật nội soi tuyến giáp", earlier - 1)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(first, province.Jurors);
        var second = (await province.CreateRoundAsync(later, [Quota(province.Hospital, 1)], closesInMinutes: 30)).Data("createTalentHonourRound").Id();
        province.Clock.Advance(TimeSpan.FromMinutes(11));
        foreach (var seat in seats)
        {
            (await province.ScoreAsync(nomination, seat, 80)).Data("scoreTalentHonourNomination");
        }

        (await province.DecideAsync(first)).Data("decideTalentHonourRound");

        var again = (await province.NominateAsync(second, person, province.Hospital,
            [Achievement("  PHẪU THUẬT nội soi   tuyến giáp ", earlier - 1), Achievement("Kỹ thuật mổ mới", later)])).Data("nominateTalentHonour");
        again.Text("status").Should().Be("INELIGIBLE");
        again.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).Should()
            .Equal(["ACHIEVEMENT_ALREADY_HONOURED"], "the same achievement, written differently, was honoured in the earlier decision (Law 06/2022/QH15)");
    }

    [Fact]
    public async Task Members_with_a_conflict_are_excluded_and_the_council_needs_its_quorum()
    {
        var year = province.NextYear();
        var nominee = await province.CreatePersonAsync("Vũ Đình Kiên", province.Hospital, field: "health");
        var colleague = await province.CreatePersonAsync("Vũ Thị Nga", province.Hospital, gender: "FEMALE", field: "health");
        await province.QualifyAsync(nominee, 2001);
        var round = (await province.CreateRoundAsync(year, [Quota(province.Hospital, 1)])).Data("createTalentHonourRound").Id();
        var nomination = (await province.NominateAsync(round, nominee, province.Hospital, [Achievement("Đề tài hồi sức sơ sinh", year - 1)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(round, [.. province.Jurors.Take(4), colleague, nominee]);
        province.Clock.Advance(TimeSpan.FromMinutes(11));

        (await province.ScoreAsync(nomination, seats[5], 100)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "seatId" && e.Message!.Contains("người được xét"));
        (await province.ScoreAsync(nomination, seats[4], 100)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "seatId" && e.Message!.Contains("đơn vị đề nghị"));
        JsonElement council = default;
        foreach (var seat in seats.Take(4))
        {
            council = (await province.ScoreAsync(nomination, seat, 95)).Data("scoreTalentHonourNomination").GetProperty("council");
        }

        council.Text("outcome").Should().Be("PENDING", "four members who may judge are fewer than the council rule's five");
        council.GetProperty("members").GetInt32().Should().Be(4);
        council.GetProperty("excludedSeatIds").EnumerateArray().Select(s => s.GetGuid()).Should().BeEquivalentTo([seats[4], seats[5]]);
        (await province.DecideAsync(round)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("chưa kết luận"));

        var fifth = (await province.SeatAsync(round, [province.Jurors[4]], firstIsChair: false)).Single();
        council = (await province.ScoreAsync(nomination, fifth, 20)).Data("scoreTalentHonourNomination").GetProperty("council");
        council.Text("outcome").Should().Be("PASS", "the average of 95×4 and 20 is 80 and one fail vote of five is within a third");
        (await province.DecideAsync(round)).Data("decideTalentHonourRound").GetProperty("nominations")[0].Text("status").Should().Be("HONOURED");
    }

    [Fact]
    public async Task The_council_scores_only_after_the_window_closes()
    {
        var year = province.NextYear();
        var person = await province.CreatePersonAsync("Kiều Văn Sơn", province.School);
        await province.QualifyAsync(person, 2003);
        var round = (await province.CreateRoundAsync(year, [Quota(province.School, 1)])).Data("createTalentHonourRound").Id();
        var nomination = (await province.NominateAsync(round, person, province.School, [Achievement("Sách giáo khoa địa phương", year)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(round, province.Jurors);
        (await province.ScoreAsync(nomination, seats[0], 90)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "roundId");
        (await province.ScoreAsync(nomination, seats[0], 101)).FirstError().Code.Should().Be("CONFLICT", "the window is checked first");
        province.Clock.Advance(TimeSpan.FromMinutes(11));
        (await province.ScoreAsync(nomination, seats[0], 101)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "score");
    }
}
