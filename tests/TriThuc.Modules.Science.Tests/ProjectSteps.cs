using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>The steps a Science clerk takes over GraphQL, shared by the tests.</summary>
internal static class ProjectSteps
{
    public const string Title = "Chọn tạo giống lúa nếp cẩm chịu hạn cho vùng cao";

    public static Task<JsonElement> ProposeRawAsync(this ScienceHost host, string code, Guid? lead = null, Guid[]? members = null,
        Guid? hostUnit = null, string level = "PROVINCIAL", string title = Title, string proposedOn = "2025-01-10", string? token = null) =>
        host.GraphQLAsync("mutation($input: ScienceProjectInput!) { proposeScienceProject(input: $input) { id code status } }", new
        {
            input = new
            {
                code, title, level, fieldCode = "agriculture", leadId = lead ?? host.Lead, memberIds = members ?? [host.Member],
                hostUnitId = hostUnit ?? host.Institute, stateBudget = 1_200_000_000L, otherBudget = 300_000_000L,
                plannedStart = "2025-03-01", plannedEnd = "2026-02-28", proposedOn,
            },
        }, token ?? host.Editor);

    public static async Task<Guid> ProposeAsync(this ScienceHost host, string level = "PROVINCIAL", string title = Title, Guid[]? members = null) =>
        (await host.ProposeRawAsync(host.NextCode(), level: level, title: title, members: members)).Data("proposeScienceProject").Id();

    /// <summary>Runs one lifecycle mutation (submitScienceProjectForAppraisal, approveScienceProject...) and returns the whole response.</summary>
    public static Task<JsonElement> StepAsync(this ScienceHost host, string mutation, Guid id, string on, string? reason = null,
        string extraArguments = "", string? token = null) =>
        host.GraphQLAsync(
            $"mutation($id: ID!, $on: DateOnly, $reason: String) {{ {mutation}(id: $id, on: $on, reason: $reason{extraArguments}) {{ id status statusSince grade }} }}",
            new { id, on, reason }, token ?? host.Editor);

    public static async Task StepOkAsync(this ScienceHost host, string mutation, Guid id, string on, string? reason = null, string extraArguments = "") =>
        (await host.StepAsync(mutation, id, on, reason, extraArguments)).Data(mutation);

    public static Task<JsonElement> FormCouncilRawAsync(this ScienceHost host, Guid projectId, string kind, string formedOn) =>
        host.GraphQLAsync("mutation($input: ScienceCouncilInput!) { formScienceCouncil(input: $input) { id verdict } }",
            new { input = new { projectId, kind, name = $"Hội đồng {kind} {projectId:N}", formedOn } }, host.Editor);

    public static Task<JsonElement> SeatRawAsync(this ScienceHost host, Guid councilId, object member) =>
        host.GraphQLAsync(
            "mutation($councilId: ID!, $input: ScienceCouncilMemberInput!) { addScienceCouncilMember(councilId: $councilId, input: $input) { id verdict members { id role score person { id } expertName } } }",
            new { councilId, input = member }, host.Editor);

    public static Task<JsonElement> ScoreRawAsync(this ScienceHost host, Guid councilId, Guid memberId, int score) =>
        host.GraphQLAsync(
            "mutation($councilId: ID!, $memberId: ID!, $score: Int!) { scoreScienceCouncilMember(councilId: $councilId, memberId: $memberId, score: $score) { id verdict averageScore failVotes } }",
            new { councilId, memberId, score }, host.Editor);

    /// <summary>Forms a council and seats one reviewer per score (the first as chair), without scoring yet; returns the council and seat ids.</summary>
    public static async Task<(Guid Council, List<Guid> Seats)> SeatCouncilAsync(this ScienceHost host, Guid projectId, string kind, int members, string formedOn)
    {
        var council = (await host.FormCouncilRawAsync(projectId, kind, formedOn)).Data("formScienceCouncil").Id();
        var seats = new List<Guid>();
        for (var i = 0; i < members; i++)
        {
            var seated = (await host.SeatRawAsync(council, new { intellectualId = host.Reviewers[i], role = i == 0 ? "CHAIR" : i == 1 ? "SECRETARY" : "REVIEWER" }))
                .Data("addScienceCouncilMember");
            seats.Add(seated.GetProperty("members").EnumerateArray().Last().Id());
        }

        return (council, seats);
    }

    /// <summary>Forms a council, seats one reviewer per score and records the scores; returns the verdict as the last score left it.</summary>
    public static async Task<(Guid Council, string? Verdict)> CouncilWithScoresAsync(this ScienceHost host, Guid projectId, string kind, string formedOn, params int[] scores)
    {
        var (council, seats) = await host.SeatCouncilAsync(projectId, kind, scores.Length, formedOn);
        JsonElement last = default;
        for (var i = 0; i < scores.Length; i++)
        {
            last = (await host.ScoreRawAsync(council, seats[i], scores[i])).Data("scoreScienceCouncilMember");
        }

        return (council, last.Text("verdict"));
    }

    /// <summary>A new project walked to <paramref name="status"/> along the happy path, with passing councils where needed.</summary>
    public static async Task<Guid> WalkToAsync(this ScienceHost host, string status, string level = "PROVINCIAL")
    {
        var id = await host.ProposeAsync(level);
        var steps = new (string Status, Func<Task> Step)[]
        {
            ("UNDER_APPRAISAL", () => host.StepOkAsync("submitScienceProjectForAppraisal", id, "2025-02-01")),
            ("APPROVED", async () =>
            {
                await host.CouncilWithScoresAsync(id, "APPRAISAL", "2025-02-05", 80, 85, 75, 90, 70);
                await host.StepOkAsync("approveScienceProject", id, "2025-03-01", "QĐ 123/QĐ-SKHCN");
            }),
            ("IN_PROGRESS", () => host.StepOkAsync("startScienceProject", id, "2025-03-15")),
            ("UNDER_ACCEPTANCE", () => host.StepOkAsync("submitScienceProjectForAcceptance", id, "2026-03-01")),
            ("ACCEPTED", async () =>
            {
                await host.CouncilWithScoresAsync(id, "ACCEPTANCE", "2026-03-05", 88, 92, 79, 85, 90);
                await host.StepOkAsync("acceptScienceProject", id, "2026-04-01", null, ", grade: GOOD");
            }),
            ("APPLIED_IN_PRACTICE", async () => (await host.GraphQLAsync(
                "mutation($id: ID!, $input: ScienceProjectApplicationInput!) { recordScienceProjectApplication(id: $id, input: $input) { id } }",
                new { id, input = new { place = "Xã Đồng Văn", scale = "50 ha", effect = "Năng suất tăng 20%", on = "2026-06-01" } },
                host.Editor)).Data("recordScienceProjectApplication")),
        };

        foreach (var (reached, step) in steps)
        {
            if (status == "PROPOSED")
            {
                break;
            }

            await step();
            if (reached == status)
            {
                break;
            }
        }

        return id;
    }
}
