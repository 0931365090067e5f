namespace TriThuc.SharedKernel.Councils;

/// <summary>One seat's vote: whether it is the chair's, and its score (null until the member has scored).</summary>
public sealed record CouncilVote(bool IsChair, int? Score);
