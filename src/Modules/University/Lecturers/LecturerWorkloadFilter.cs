namespace TriThuc.Modules.University.Lecturers;

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class LecturerWorkloadFilter
{
    public int? AcademicYear { get; init; }

    public Guid? PersonId { get; init; }

    public Guid? UnitId { get; init; }

    public bool? IsProbationary { get; init; }
}
