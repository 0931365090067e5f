namespace TriThuc.Modules.Talent.Honours;

/// <summary>
/// The council's verdict on one nomination under the council rules: the seats that judge it (those with a conflict left
/// out, and named), how many have scored, the average and the fail votes.
/// </summary>
public sealed record HonourTally(
    Guid NominationId, HonourOutcome Outcome, int Members, int Scored, IReadOnlyList<Guid> ExcludedSeatIds, decimal? AverageScore, int FailVotes);
