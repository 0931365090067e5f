using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class CouncilTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Fact]
    public async Task The_project_lead_cannot_sit_on_its_council()
    {
        var (council, _) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 0, "2025-02-05");

        (await host.SeatRawAsync(council, new { intellectualId = host.Lead, role = "CHAIR" })).FirstError()
            .Should().Be(("CONFLICT", "intellectualId", "Người này là chủ nhiệm hoặc thành viên đề tài nên không thể ngồi hội đồng của đề tài."));
    }

    [Fact]
    public async Task A_project_member_cannot_sit_on_its_council()
    {
        var (council, _) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_ACCEPTANCE"), "ACCEPTANCE", 0, "2026-03-05");

        (await host.SeatRawAsync(council, new { intellectualId = host.Member, role = "REVIEWER" })).FirstError()
            .Should().Be(("CONFLICT", "intellectualId", "Người này là chủ nhiệm hoặc thành viên đề tài nên không thể ngồi hội đồng của đề tài."));
    }

    [Fact]
    public async Task A_seat_is_taken_once_and_a_council_has_one_chair()
    {
        var (council, _) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 2, "2025-02-05");
        (await host.SeatRawAsync(council, new { expertName = "GS. Nguyễn Hữu Chính", expertOrganisation = "Đại học Thái Nguyên", role = "REVIEWER" }))
            .Data("addScienceCouncilMember");

        (await host.SeatRawAsync(council, new { intellectualId = host.Reviewers[1], role = "MEMBER" })).FirstError()
            .Should().Be(("CONFLICT", "intellectualId", "Người này đã là thành viên hội đồng."));
        (await host.SeatRawAsync(council, new { expertName = "GS. Nguyen Huu Chinh", expertOrganisation = "Dai hoc Thai Nguyen", role = "MEMBER" }))
            .FirstError().Should().Be(("CONFLICT", "expertName", "Chuyên gia 'GS. Nguyen Huu Chinh' (Dai hoc Thai Nguyen) đã là thành viên hội đồng."));
        (await host.SeatRawAsync(council, new { intellectualId = host.Reviewers[5], role = "CHAIR" })).FirstError()
            .Should().Be(("CONFLICT", "role", "Hội đồng đã có chủ tịch."));
        (await host.SeatRawAsync(council, new { intellectualId = Guid.NewGuid(), role = "MEMBER" })).FirstError().Field.Should().Be("intellectualId");
    }

    [Fact]
    public async Task A_project_has_one_council_of_each_kind_formed_only_while_under_that_review()
    {
        var proposed = await host.ProposeAsync();
        (await host.FormCouncilRawAsync(proposed, "APPRAISAL", "2025-02-05")).FirstError().Code.Should().Be("CONFLICT");

        var underAppraisal = await host.WalkToAsync("UNDER_APPRAISAL");
        (await host.FormCouncilRawAsync(underAppraisal, "ACCEPTANCE", "2025-02-05")).FirstError().Message.Should().Contain("Đang nghiệm thu");
        (await host.FormCouncilRawAsync(underAppraisal, "APPRAISAL", "2025-02-05")).Data("formScienceCouncil");
        (await host.FormCouncilRawAsync(underAppraisal, "APPRAISAL", "2025-02-06")).FirstError().Field.Should().Be("kind");
    }

    [Fact]
    public async Task The_council_passes_when_the_average_reaches_70_with_few_enough_fail_votes()
    {
        var id = await host.WalkToAsync("UNDER_APPRAISAL");

        (await host.CouncilWithScoresAsync(id, "APPRAISAL", "2025-02-05", 75, 80, 85, 90, 95)).Verdict.Should().Be("PASS");
    }

    [Fact]
    public async Task The_council_fails_when_the_average_is_below_70()
    {
        var id = await host.WalkToAsync("UNDER_APPRAISAL");

        (await host.CouncilWithScoresAsync(id, "APPRAISAL", "2025-02-05", 69, 69, 69, 69, 69)).Verdict.Should().Be("FAIL");
    }

    [Fact]
    public async Task An_average_exactly_at_70_passes_and_just_below_fails()
    {
        var exactly = await host.WalkToAsync("UNDER_APPRAISAL");
        var (council, verdict) = await host.CouncilWithScoresAsync(exactly, "APPRAISAL", "2025-02-05", 70, 70, 70, 70, 70);
        verdict.Should().Be("PASS");

        var seats = (await host.GraphQLAsync("query($id: ID!) { scienceCouncils(filter: { projectId: $id }) { edges { node { members { id } } } } }",
            new { id = exactly }, host.Editor)).Data("scienceCouncils").GetProperty("edges")[0].GetProperty("node").GetProperty("members");
        var lowered = (await host.ScoreRawAsync(council, seats[4].Id(), 69)).Data("scoreScienceCouncilMember");
        lowered.Text("verdict").Should().Be("FAIL");
        lowered.GetProperty("averageScore").GetDouble().Should().BeApproximately(69.8, 0.001);
    }

    [Fact]
    public async Task Up_to_one_third_fail_votes_pass_and_more_fail_even_with_a_high_average()
    {
        var twoOfSix = await host.WalkToAsync("UNDER_APPRAISAL");
        (await host.CouncilWithScoresAsync(twoOfSix, "APPRAISAL", "2025-02-05", 100, 100, 100, 100, 49, 49)).Verdict.Should().Be("PASS");

        var threeOfSix = await host.WalkToAsync("UNDER_APPRAISAL");
        var (council, verdict) = await host.CouncilWithScoresAsync(threeOfSix, "APPRAISAL", "2025-02-05", 100, 100, 100, 100, 100, 45);
        verdict.Should().Be("PASS");
        var seats = await SeatsAsync(threeOfSix);
        var scored = (await host.ScoreRawAsync(council, seats[4], 45)).Data("scoreScienceCouncilMember");
        scored.Text("verdict").Should().Be("PASS", "2 of 6 is one third");
        scored = (await host.ScoreRawAsync(council, seats[3], 40)).Data("scoreScienceCouncilMember");
        scored.GetProperty("averageScore").GetDouble().Should().BeGreaterThanOrEqualTo(70);
        scored.GetProperty("failVotes").GetInt32().Should().Be(3);
        scored.Text("verdict").Should().Be("FAIL", "3 of 6 is more than one third");
    }

    [Fact]
    public async Task The_verdict_waits_for_five_members_a_chair_and_every_score()
    {
        var id = await host.WalkToAsync("UNDER_APPRAISAL");
        var (council, verdict) = await host.CouncilWithScoresAsync(id, "APPRAISAL", "2025-02-05", 90, 90, 90, 90);
        verdict.Should().Be("PENDING", "four members are too few");

        var seated = (await host.SeatRawAsync(council, new { expertName = "TS. Hà Văn Thắng", expertOrganisation = "Viện Lúa ĐBSCL", role = "MEMBER" }))
            .Data("addScienceCouncilMember");
        seated.Text("verdict").Should().Be("PENDING", "the new member has not scored");
        var expertSeat = seated.GetProperty("members").EnumerateArray().Last().Id();
        (await host.ScoreRawAsync(council, expertSeat, 90)).Data("scoreScienceCouncilMember").Text("verdict").Should().Be("PASS");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Scores_stay_between_0_and_100(int score)
    {
        var (council, seats) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 1, "2025-02-05");

        (await host.ScoreRawAsync(council, seats[0], score)).FirstError()
            .Should().Be(("VALIDATION", "score", $"Điểm phải từ 0 đến 100; đã nhập {score}."));
    }

    [Fact]
    public async Task Only_a_member_seated_on_the_council_scores_on_it()
    {
        var (council, _) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 1, "2025-02-05");
        var (_, otherSeats) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 1, "2025-02-05");

        (await host.ScoreRawAsync(council, otherSeats[0], 80)).FirstError()
            .Should().Be(("VALIDATION", "memberId", "Người chấm điểm không phải là thành viên của hội đồng này."));
    }

    [Fact]
    public async Task A_council_is_closed_once_its_project_has_moved_on()
    {
        var id = await host.WalkToAsync("APPROVED");
        var seats = await SeatsAsync(id);
        var council = (await host.GraphQLAsync("query($id: ID!) { scienceCouncils(filter: { projectId: $id }) { edges { node { id } } } }",
            new { id }, host.Editor)).Data("scienceCouncils").GetProperty("edges")[0].GetProperty("node").Id();

        (await host.ScoreRawAsync(council, seats[0], 10)).FirstError().Code.Should().Be("CONFLICT");
    }

    private async Task<List<Guid>> SeatsAsync(Guid projectId) =>
        (await host.GraphQLAsync("query($id: ID!) { scienceCouncils(filter: { projectId: $id }) { edges { node { members { id } } } } }",
            new { id = projectId }, host.Editor)).Data("scienceCouncils").GetProperty("edges")[0].GetProperty("node").GetProperty("members")
            .EnumerateArray().Select(m => m.Id()).ToList();
}
