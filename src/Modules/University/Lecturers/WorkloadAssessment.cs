namespace TriThuc.Modules.University.Lecturers;

/// <summary>What a lecturer's year achieved against Circular 20/2020; <see cref="Shortfalls"/> says in words what falls short.</summary>
public sealed record WorkloadAssessment(
    int QualifyingOutputs, bool TeachingNormMet, bool ResearchShareMet, bool MinimumOutputMet, bool Exempt, IReadOnlyList<string> Shortfalls)
{
    public bool MeetsObligations => Shortfalls.Count == 0;
}
