namespace TriThuc.Modules.Talent.Cases;

/// <summary>
/// The state machine of an attraction case: which decision may follow which, each dated no earlier than the one
/// before it and not in the future. A refused move is a CONFLICT on the field <c>status</c>, naming the state the
/// case is in and what may follow it.
/// </summary>
public static class CaseTransitions
{
    public const int MaxNumberLength = 60;

    private static readonly IReadOnlyDictionary<CaseStatus, CaseStatus[]> Allowed = new Dictionary<CaseStatus, CaseStatus[]>
    {
        [CaseStatus.Applied] = [CaseStatus.Eligible, CaseStatus.Ineligible],
        [CaseStatus.Eligible] = [CaseStatus.Approved],
        [CaseStatus.Ineligible] = [],
        [CaseStatus.Approved] = [CaseStatus.Recruited],
        [CaseStatus.Recruited] = [CaseStatus.InCommitment],
        [CaseStatus.InCommitment] = [CaseStatus.Completed, CaseStatus.Broken],
        [CaseStatus.Completed] = [],
        [CaseStatus.Broken] = [],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    /// <summary>Moves the case to <paramref name="to"/> by the decision, or refuses naming why; answers the decision recorded.</summary>
    public static CaseDecision Move(AttractionCase attractionCase, CaseStatus to, DecisionInput decision, DateOnly today)
    {
        if (!CanMove(attractionCase.Status, to))
        {
            var next = Allowed[attractionCase.Status];
            var hint = next.Length == 0
                ? "hồ sơ đã kết thúc, không chuyển tiếp được nữa"
                : $"bước tiếp theo chỉ có thể là: {string.Join(", ", next.Select(s => EnumLabels.Of(s)))}";
            throw DomainException.Conflict(
                $"Không thể chuyển hồ sơ từ trạng thái '{EnumLabels.Of(attractionCase.Status)}' sang '{EnumLabels.Of(to)}': {hint}.", "status");
        }

        var number = Require.Text(decision.Number, MaxNumberLength, "decision.number", "Số quyết định");
        Require.NotAfter(decision.DecidedOn, today, "decision.decidedOn");
        var previous = attractionCase.Decisions.Select(d => d.DecidedOn).DefaultIfEmpty(attractionCase.AppliedOn).Max();
        if (decision.DecidedOn < previous)
        {
            throw DomainException.Validation("decision.decidedOn", $"Ngày quyết định không được trước ngày {previous:dd/MM/yyyy} (ngày của bước trước).");
        }

        attractionCase.Status = to;
        var recorded = new CaseDecision { CaseId = attractionCase.Id, Status = to, Number = number, DecidedOn = decision.DecidedOn };
        attractionCase.Decisions.Add(recorded);
        return recorded;
    }
}
