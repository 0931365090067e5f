namespace TriThuc.SharedKernel.Experts;

/// <summary>
/// The points each kind of evidence adds to a person's score, in one place so that every module weighs alike
/// (docs/university.md, "Expert finder"). A person's score is the sum of the weights of their evidence.
/// </summary>
public static class ExpertWeights
{
    /// <summary>A degree by its level on the Registry's ladder: 1 university, 2 postgraduate (master's, resident, CKI), 3 doctoral (doctorate, CKII).</summary>
    public static int Degree(int level) => Math.Clamp(level, 1, 3);

    public const int AssociateProfessor = 3;

    public const int Professor = 4;

    public const int ProjectLead = 3;

    public const int ProjectMember = 2;

    public const int CouncilSeat = 1;

    /// <summary>An indexed article or a patent.</summary>
    public const int MajorOutput = 3;

    /// <summary>A journal article, a book, an accepted institution-level project.</summary>
    public const int Output = 2;

    /// <summary>A conference paper.</summary>
    public const int MinorOutput = 1;
}
