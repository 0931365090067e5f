namespace TriThuc.Modules.University.Enrolments;

public sealed class EnrolmentInput
{
    public Guid CourseId { get; init; }

    public Guid PersonId { get; init; }

    /// <summary>The day of enrolment; today when not given.</summary>
    public DateOnly? EnrolledOn { get; init; }
}
