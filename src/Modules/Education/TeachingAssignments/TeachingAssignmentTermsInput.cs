namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>What may be corrected on an assignment after it is recorded: how the teacher is employed, and whether they serve as a core teacher.</summary>
public sealed class TeachingAssignmentTermsInput
{
    public Employment? Employment { get; init; }

    public bool IsCoreTeacher { get; init; }
}
