namespace TriThuc.Modules.University.Enrolments;

/// <summary>
/// A Registry intellectual on a course: enrolled, then the hours they attended and the result. A pass is reported to
/// the Registry once, as a training of the course's kind; it is final.
/// </summary>
public sealed class Enrolment : Entity
{
    public Guid CourseId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public DateOnly EnrolledOn { get; set; }

    /// <summary>The hours attended; null until attendance is recorded.</summary>
    public int? AttendedHours { get; set; }

    public EnrolmentResult Result { get; set; }

    public DateOnly? ResultOn { get; set; }

    public string? Certificate { get; set; }
}
