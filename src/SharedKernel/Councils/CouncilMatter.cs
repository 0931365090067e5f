namespace TriThuc.SharedKernel.Councils;

/// <summary>
/// What a council judges, as the conflict rule sees it: the people whose work is judged (a project's lead and members,
/// a nominee) and the units with an interest in the outcome (a nominating unit); empty when none.
/// </summary>
public sealed record CouncilMatter(IReadOnlySet<Guid> JudgedPeople, IReadOnlySet<Guid> InterestedUnits);
