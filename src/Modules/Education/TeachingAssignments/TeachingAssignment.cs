namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>
/// One record the department keeps about a person at a unit, from a day: the shape most department records take (a
/// licence, an assignment, an enrolment). The person and the unit are the Registry's, referred to by id.
/// </summary>
public sealed class TeachingAssignment : TitledEntity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>The last day it held; null while it still does.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>Permanent staff or contract; null on assignments recorded before it was asked.</summary>
    public Employment? Employment { get; set; }

    /// <summary>Serving as a core teacher (giáo viên cốt cán), checked against the records when set (<c>CoreTeacherRule</c>).</summary>
    public bool IsCoreTeacher { get; set; }

    public bool IsActiveOn(DateOnly day) => StartedOn <= day && (EndedOn is null || day <= EndedOn);
}
