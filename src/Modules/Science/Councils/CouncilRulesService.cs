using TriThuc.SharedKernel.Councils;

namespace TriThuc.Modules.Science.Councils;

/// <summary>
/// Science's council rules offered to other modules through <see cref="ICouncilRules"/>: the same quorum, chair, score
/// range and verdict as a project's councils (<see cref="CouncilVerdictRule"/>), and the same conflict rule — whoever is
/// judged may not judge — widened to the units with an interest in the outcome.
/// </summary>
public sealed class CouncilRulesService : ICouncilRules
{
    public int MinimumMembers => CouncilVerdictRule.MinimumMembers;

    public (int Min, int Max) ScoreRange => (CouncilVerdictRule.MinScore, CouncilVerdictRule.MaxScore);

    public string? ConflictOf(CouncilCandidate member, CouncilMatter matter) =>
        matter.JudgedPeople.Contains(member.PersonId) ? "Người này là người được xét nên không thể chấm."
        : member.UnitId is { } unit && matter.InterestedUnits.Contains(unit) ? "Người này thuộc đơn vị đề nghị nên không thể chấm."
        : null;

    public CouncilResult Decide(IReadOnlyCollection<CouncilVote> votes)
    {
        var verdict = CouncilVerdictRule.Decide(votes.Select(v => (v.IsChair, v.Score)).ToList());
        var scores = votes.Where(v => v.Score is not null).Select(v => v.Score!.Value).ToList();
        return new CouncilResult(
            verdict switch { CouncilVerdict.Pass => CouncilOutcome.Pass, CouncilVerdict.Fail => CouncilOutcome.Fail, _ => CouncilOutcome.Pending },
            votes.Count,
            verdict == CouncilVerdict.Pending || scores.Count == 0 ? null : Math.Round((decimal)scores.Sum() / scores.Count, 2),
            scores.Count(s => s < CouncilVerdictRule.FailVoteBelow));
    }
}
