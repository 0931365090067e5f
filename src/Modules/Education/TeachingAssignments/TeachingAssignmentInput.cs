namespace TriThuc.Modules.Education.TeachingAssignments;

public sealed class TeachingAssignmentInput
{
    public Guid PersonId { get; init; }

    public Guid UnitId { get; init; }

    public string Title { get; init; } = "";

    public DateOnly StartedOn { get; init; }

    public Employment? Employment { get; init; }

    public bool IsCoreTeacher { get; init; }
}
