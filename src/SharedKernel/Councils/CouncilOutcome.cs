namespace TriThuc.SharedKernel.Councils;

/// <summary>A council's conclusion: not yet possible (no quorum, no chair, or a score missing), pass or fail.</summary>
public enum CouncilOutcome
{
    Pending,
    Pass,
    Fail,
}
