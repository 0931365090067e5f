namespace TriThuc.Modules.Science.Councils;

/// <summary>
/// The council's verdict, decided only from its members' scores (0–100):
/// <list type="bullet">
/// <item>Pending while fewer than <see cref="MinimumMembers"/> seats are filled, no chair is seated, or any member has not scored.</item>
/// <item>Pass when the average score is at least <see cref="PassAverage"/> (exactly 70 passes) and no more than
/// one third of the members vote fail — a fail vote being a score below <see cref="FailVoteBelow"/>
/// (2 fail votes of 6 pass, 3 of 6 fail).</item>
/// <item>Fail otherwise.</item>
/// </list>
/// Compared in whole numbers (sum ≥ 70 × n, 3 × fails ≤ n), so no rounding decides a boundary.
/// </summary>
public static class CouncilVerdictRule
{
    public const int MinimumMembers = 5;
    public const int PassAverage = 70;
    public const int FailVoteBelow = 50;
    public const int MinScore = 0;
    public const int MaxScore = 100;

    public static CouncilVerdict Decide(IReadOnlyCollection<CouncilMember> members) =>
        Decide(members.Select(m => (m.Role == CouncilRole.Chair, m.Score)).ToList());

    /// <summary>The same rule over bare votes (chair or not, score), for councils other modules form (<see cref="CouncilRulesService"/>).</summary>
    public static CouncilVerdict Decide(IReadOnlyCollection<(bool IsChair, int? Score)> votes)
    {
        if (votes.Count < MinimumMembers || !votes.Any(v => v.IsChair) || votes.Any(v => v.Score is null))
        {
            return CouncilVerdict.Pending;
        }

        var scores = votes.Select(v => v.Score!.Value).ToList();
        var failVotes = scores.Count(s => s < FailVoteBelow);
        return scores.Sum() >= PassAverage * scores.Count && failVotes * 3 <= scores.Count
            ? CouncilVerdict.Pass
            : CouncilVerdict.Fail;
    }
}
