using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Courses;

/// <summary>
/// A course the branch offers to the province's cadres and public servants (bồi dưỡng), of one of the Registry's kinds of
/// training, so that a pass counts in the person's record (and in T1, T2, T4) as that kind.
/// </summary>
public sealed class Course : TitledEntity
{
    public TrainingKind Kind { get; set; }

    public int Hours { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public bool HasEndedBy(DateOnly day) => EndDate <= day;
}
