using System.Text.Json;
using TriThuc.Testing;
using static TriThuc.Modules.Talent.Tests.HonoursHost;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// What the honours round does when things go as they do in real offices: two clerks of one unit filing at the same
/// instant for its last place, a council member who has to leave, a chair who may not judge a nomination.
/// </summary>
public sealed class HonourCouncilChangeTests(HonoursHost province) : IClassFixture<HonoursHost>
{
    [Fact]
    public async Task Nominations_filed_at_the_same_instant_take_no_more_places_than_the_units_quota()
    {
        var year = province.NextYear();
        var round = (await province.CreateRoundAsync(year, [Quota(province.School, 2)])).Data("createTalentHonourRound").Id();
        var teachers = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var teacher = await province.CreatePersonAsync($"Giáo viên Đồng Thời {i}", province.School);
            await province.QualifyAsync(teacher, year - 12);
            teachers.Add(teacher);
        }

        var filed = await Task.WhenAll(teachers.Select(t =>
            province.NominateAsync(round, t, province.School, [Achievement($"Sáng kiến dạy học số {t}", year - 1, "INVENTION")])));

        var statuses = filed.Select(f => f.Data("nominateTalentHonour").Text("status")).ToList();
        statuses.Count(s => s == "ELIGIBLE").Should().Be(2, "the school may nominate two, however close together its clerks file");
        statuses.Count(s => s == "INELIGIBLE").Should().Be(6);
        var stored = (await province.GraphQLAsync("query($id: ID!) { talentHonourRound(id: $id) { nominations { status failedCriteria } } }", new { id = round }, province.Editor))
            .Data("talentHonourRound").GetProperty("nominations").EnumerateArray().ToList();
        stored.Count(n => n.Text("status") == "ELIGIBLE").Should().Be(2);
        stored.Where(n => n.Text("status") == "INELIGIBLE").Should()
            .OnlyContain(n => n.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).SequenceEqual(new[] { "OVER_QUOTA" }));
    }

    [Fact]
    public async Task A_council_member_who_scored_is_removed_with_a_dated_reason_and_the_scores_go_with_the_seat()
    {
        var year = province.NextYear();
        var nominee = await province.CreatePersonAsync("Lục Văn Bình", province.Hospital, field: "health");
        var sixth = await province.CreatePersonAsync("TS. Phùng Thị Lan", province.UniversityBranch, gender: "FEMALE");
        await province.QualifyAsync(nominee, 2000);
        var round = (await province.CreateRoundAsync(year, [Quota(province.Hospital, 1)])).Data("createTalentHonourRound").Id();
        var nomination = (await province.NominateAsync(round, nominee, province.Hospital, [Achievement("Đề tài ghép thận", year - 1)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(round, [.. province.Jurors, sixth]);
        province.Clock.Advance(TimeSpan.FromMinutes(11));
        foreach (var seat in seats)
        {
            (await province.ScoreAsync(nomination, seat, seat == seats[5] ? 10 : 80)).Data("scoreTalentHonourNomination");
        }

        var today = province.Clock.GetUtcNow().ToString("yyyy-MM-dd");
        (await RemoveAsync(seats[5], "", today)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "reason");
        (await RemoveAsync(seats[5], "Đi công tác nước ngoài", "2099-01-01")).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "removedOn");
        (await RemoveAsync(seats[5], "Đi công tác nước ngoài", today, province.EditorOf("Health"))).FirstError().Code.Should().Be("FORBIDDEN");

        var removed = (await RemoveAsync(seats[5], "Đi công tác nước ngoài", today, province.PersonalDataEditor)).Data("removeTalentHonourCouncilMember");
        removed.GetProperty("councilSeats").EnumerateArray().Select(s => s.Id()).Should().Equal(seats.Take(5));
        var removal = removed.GetProperty("councilRemovals").EnumerateArray().Single();
        (removal.GetProperty("member").Id(), removal.Text("removedOn"), removal.Text("reason"), removal.GetProperty("scoresRemoved").GetInt32())
            .Should().Be((sixth, today, "Đi công tác nước ngoài", 1));

        var council = (await province.GraphQLAsync("query($id: ID!) { talentHonourRound(id: $id) { nominations { council { outcome members scored averageScore } scores { seatId } } } }",
            new { id = round }, province.PersonalDataEditor)).Data("talentHonourRound").GetProperty("nominations")[0];
        council.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("seatId").GetGuid()).Should().NotContain(seats[5], "the seat's scores went with it");
        (council.GetProperty("council").Text("outcome"), council.GetProperty("council").GetProperty("members").GetInt32(), council.GetProperty("council").GetProperty("averageScore").GetDecimal())
            .Should().Be(("PASS", 5, 80m));
        var trail = (await province.GraphQLAsync("query($id: ID!) { auditTrail(entityId: $id) { action } }", new { id = seats[5] }, province.Administrator))
            .Data("auditTrail").EnumerateArray().Select(e => e.Text("action")).ToList();
        trail.Should().Contain("Deleted", "the removal is audited");

        (await RemoveAsync(seats[5], "Lần nữa", today)).FirstError().Code.Should().Be("NOT_FOUND");
        (await province.DecideAsync(round)).Data("decideTalentHonourRound");
        (await RemoveAsync(seats[4], "Sau quyết định", today)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("đã có quyết định"));
    }

    [Fact]
    public async Task A_chair_with_a_conflict_hands_the_nomination_to_an_acting_chair_so_the_council_can_conclude()
    {
        var year = province.NextYear();
        var nominee = await province.CreatePersonAsync("Mạc Văn Toàn", province.Hospital, field: "health");
        var director = await province.CreatePersonAsync("BS CKII. Nông Thị Hạnh", province.Hospital, gender: "FEMALE", field: "health");
        await province.QualifyAsync(nominee, 2001);
        var round = (await province.CreateRoundAsync(year, [Quota(province.Hospital, 1)])).Data("createTalentHonourRound").Id();
        var nomination = (await province.NominateAsync(round, nominee, province.Hospital, [Achievement("Đề tài can thiệp mạch vành", year - 1)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(round, [director, .. province.Jurors]);
        province.Clock.Advance(TimeSpan.FromMinutes(11));
        JsonElement council = default;
        foreach (var seat in seats.Skip(1))
        {
            council = (await province.ScoreAsync(nomination, seat, 85)).Data("scoreTalentHonourNomination").GetProperty("council");
        }

        council.Text("outcome").Should().Be("PENDING", "the chair works at the nominating hospital and no chair is left among those who judge");

        (await ActingChairAsync(nomination, seats[0])).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "seatId");
        (await ActingChairAsync(nomination, Guid.NewGuid())).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "seatId");
        (await ActingChairAsync(nomination, seats[1], province.EditorOf("Health"))).FirstError().Code.Should().Be("FORBIDDEN");
        var named = (await ActingChairAsync(nomination, seats[1])).Data("nameTalentHonourActingChair");
        named.GetProperty("actingChairSeatId").GetGuid().Should().Be(seats[1]);
        named.GetProperty("council").Text("outcome").Should().Be("PASS");
        (await province.DecideAsync(round)).Data("decideTalentHonourRound").GetProperty("nominations")[0].Text("status").Should().Be("HONOURED");
    }

    [Fact]
    public async Task An_acting_chair_is_named_only_when_the_chair_may_not_judge()
    {
        var year = province.NextYear();
        var nominee = await province.CreatePersonAsync("Ma Văn Hùng", province.School);
        await province.QualifyAsync(nominee, 2002);
        var round = (await province.CreateRoundAsync(year, [Quota(province.School, 1)])).Data("createTalentHonourRound").Id();
        var nomination = (await province.NominateAsync(round, nominee, province.School, [Achievement("Mô hình trường bán trú", year - 1)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(round, province.Jurors);

        (await ActingChairAsync(nomination, seats[1])).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "nominationId" && e.Message!.Contains("chủ tịch"));
    }

    [Fact]
    public async Task A_nominations_file_names_every_bad_row_saves_nothing_then_judges_each_nomination_as_the_mutation_does()
    {
        var year = province.NextYear();
        (await province.CreateRoundAsync(year, [Quota(province.Hospital, 1)])).Data("createTalentHonourRound");
        var senior = await province.CreatePersonAsync("Hoàng Văn Nhập", province.Hospital, field: "health");
        var second = await province.CreatePersonAsync("Hoàng Thị Tệp", province.Hospital, gender: "FEMALE", field: "health");
        await province.QualifyAsync(senior, year - 12);
        await province.QualifyAsync(second, year - 12);
        const string Header = "Năm đợt,Mã đơn vị đề nghị,Mã trí thức,Tên thành tích,Năm đạt,Loại thành tích";
        var bad = string.Join('\n', Header,
            $"{year},BVDK,{senior},Đề tài tim mạch,{year - 1},Giải thưởng",
            $"{year},BVDK,{senior},Đề tài tim mạch,{year - 1},Award",
            $"1990,BVDK,{second},Sáng kiến,{year - 1},Invention",
            $"{year},KHONG-CO,{second},Sáng kiến,{year - 1},Invention",
            $"{year},BVDK,{Guid.NewGuid()},Sáng kiến,{year - 1},Invention",
            $"{year},BVDK,{second},Sáng kiến,{year + 1},Invention");

        var (status, report) = await province.ImportAsync("honour-nominations", bad, dryRun: false);

        status.Should().Be(System.Net.HttpStatusCode.UnprocessableEntity, report.ToString());
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).Should()
            .Equal((3, "Tên thành tích"), (4, "Năm đợt"), (5, "Mã đơn vị đề nghị"), (6, "Mã trí thức"), (7, "Năm đạt"));
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { talentHonourNominations { id } } }", new { id = senior }, province.Editor))
            .Data("intellectual").GetProperty("talentHonourNominations").GetArrayLength().Should().Be(0, "a file is saved whole or not at all");

        var good = string.Join('\n', Header,
            $"{year},BVDK,{senior},Đề tài tim mạch,{year - 1},Award",
            $"{year},bvdk,{senior},Sáng kiến cấp cứu,{year - 2},Khác",
            $"{year},BVDK,{second},Sáng kiến khác,{year - 1},Invention");
        var (_, dry) = await province.ImportAsync("honour-nominations", good, dryRun: true);
        dry.GetProperty("created").GetInt32().Should().Be(2, dry.ToString());
        var (ok, written) = await province.ImportAsync("honour-nominations", good, dryRun: false);
        ok.Should().Be(System.Net.HttpStatusCode.OK, written.ToString());

        async Task<JsonElement> NominationOf(Guid person) =>
            (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { talentHonourNominations { status failedCriteria achievements { title } } } }", new { id = person }, province.Editor))
            .Data("intellectual").GetProperty("talentHonourNominations").EnumerateArray().Single();
        var first = await NominationOf(senior);
        first.Text("status").Should().Be("ELIGIBLE");
        first.GetProperty("achievements").GetArrayLength().Should().Be(2, "the rows of one person in one round form one nomination");
        (await NominationOf(second)).GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).Should().Equal(["OVER_QUOTA"], "the row above took the hospital's one place");
        var (again, _) = await province.ImportAsync("honour-nominations", good, dryRun: false);
        again.Should().Be(System.Net.HttpStatusCode.UnprocessableEntity, "one nomination per person and round");
    }

    [Fact]
    public async Task A_persons_rows_a_thousand_rows_apart_are_refused_naming_the_first_and_how_to_order_them()
    {
        var year = province.NextYear();
        (await province.CreateRoundAsync(year, [Quota(province.Hospital, 1)])).Data("createTalentHonourRound");
        var person = await province.CreatePersonAsync("Hoàng Văn Xa", province.Hospital, field: "health");
        await province.QualifyAsync(person, year - 12);
        var filler = Enumerable.Range(0, 999).Select(i => $"1990,BVDK,{person},Thành tích khác {i},{year - 1},Award");
        var csv = string.Join('\n', new[] { "Năm đợt,Mã đơn vị đề nghị,Mã trí thức,Tên thành tích,Năm đạt,Loại thành tích", $"{year},BVDK,{person},Đề tài ở đầu tệp,{year - 1},Award" }
            .Concat(filler).Append($"{year},BVDK,{person},Đề tài ở cuối tệp,{year - 2},Award"));

        var (_, report) = await province.ImportAsync("honour-nominations", csv, dryRun: true);

        var apart = report.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("row").GetInt32() == 1_002);
        apart.Text("column").Should().Be("Mã trí thức");
        apart.Text("reason").Should().Contain("từ dòng 2 của tệp").And.Contain("liền nhau");
    }

    [Fact]
    public async Task A_nominations_file_refuses_at_its_row_a_person_whose_processing_is_restricted_and_nominates_nobody()
    {
        var year = province.NextYear();
        (await province.CreateRoundAsync(year, [Quota(province.Hospital, 2)])).Data("createTalentHonourRound");
        var restricted = await province.CreatePersonAsync("Hoàng Văn Hạn", province.Hospital, field: "health");
        var other = await province.CreatePersonAsync("Hoàng Thị Được", province.Hospital, gender: "FEMALE", field: "health");
        await province.QualifyAsync(restricted, year - 12);
        await province.QualifyAsync(other, year - 12);
        await province.RestrictProcessingAsync(restricted);
        var csv = string.Join('\n', "Năm đợt,Mã đơn vị đề nghị,Mã trí thức,Tên thành tích,Năm đạt,Loại thành tích",
            $"{year},BVDK,{other},Sáng kiến hồi sức,{year - 1},Invention",
            $"{year},BVDK,{restricted},Đề tài hạn chế,{year - 1},Award");

        var (_, dry) = await province.ImportAsync("honour-nominations", csv, dryRun: true);
        var (_, written) = await province.ImportAsync("honour-nominations", csv, dryRun: false);

        dry.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        written.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { talentHonourNominations { id } } }", new { id = other }, province.Editor))
            .Data("intellectual").GetProperty("talentHonourNominations").GetArrayLength().Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task No_score_is_given_to_a_restricted_nominee_nor_by_a_restricted_council_member()
    {
        var year = province.NextYear();
        var round = (await province.CreateRoundAsync(year, [Quota(province.Hospital, 2)])).Data("createTalentHonourRound").Id();
        var restricted = await province.CreatePersonAsync("Hoàng Văn Chấm", province.Hospital, field: "health");
        var other = await province.CreatePersonAsync("Hoàng Thị Điểm", province.Hospital, gender: "FEMALE", field: "health");
        var juror = await province.CreatePersonAsync("PGS.TS. Lương Văn Hạn", province.UniversityBranch, field: "health");
        await province.QualifyAsync(restricted, year - 12);
        await province.QualifyAsync(other, year - 12);
        var restrictedNomination = (await province.NominateAsync(round, restricted, province.Hospital, [Achievement("Đề tài chấm điểm", year - 1)])).Data("nominateTalentHonour").Id();
        var otherNomination = (await province.NominateAsync(round, other, province.Hospital, [Achievement("Sáng kiến chấm điểm", year - 1)])).Data("nominateTalentHonour").Id();
        var seats = await province.SeatAsync(round, [.. province.Jurors, juror]);
        await province.RestrictProcessingAsync(restricted);
        await province.RestrictProcessingAsync(juror);
        province.Clock.Advance(TimeSpan.FromMinutes(11));

        var ofRestrictedNominee = await province.ScoreAsync(restrictedNomination, seats[0], 80);
        var byRestrictedJuror = await province.ScoreAsync(otherNomination, seats[^1], 80);
        var fine = await province.ScoreAsync(otherNomination, seats[0], 80);

        ofRestrictedNominee.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "nominationId");
        byRestrictedJuror.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "seatId");
        fine.Data("scoreTalentHonourNomination").GetProperty("council").GetProperty("scored").GetInt32().Should().Be(1, "only the one allowed score was kept");
    }

    private Task<JsonElement> RemoveAsync(Guid seat, string reason, string removedOn, string? token = null) =>
        province.GraphQLAsync(
            "mutation($s: ID!, $input: TalentHonourSeatRemovalInput!) { removeTalentHonourCouncilMember(seatId: $s, input: $input) { councilSeats { id } councilRemovals { member { id } removedOn reason scoresRemoved } } }",
            new { s = seat, input = new { reason, removedOn } }, token ?? province.Editor);

    private Task<JsonElement> ActingChairAsync(Guid nomination, Guid seat, string? token = null) =>
        province.GraphQLAsync(
            "mutation($n: ID!, $s: ID!) { nameTalentHonourActingChair(nominationId: $n, seatId: $s) { id actingChairSeatId council { outcome } } }",
            new { n = nomination, s = seat }, token ?? province.Editor);
}
