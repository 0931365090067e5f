namespace TriThuc.SharedKernel.Councils;

/// <summary>The verdict with what it rests on: the seats that voted, the average of their scores (when all scored) and the fail votes.</summary>
public sealed record CouncilResult(CouncilOutcome Outcome, int Members, decimal? AverageScore, int FailVotes);
