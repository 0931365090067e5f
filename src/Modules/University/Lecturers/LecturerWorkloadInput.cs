namespace TriThuc.Modules.University.Lecturers;

public sealed class LecturerWorkloadInput
{
    public Guid PersonId { get; init; }

    public int AcademicYear { get; init; }

    /// <summary>1,760 when not given (a full year).</summary>
    public int? WorkingHours { get; init; }

    public int TeachingNorm { get; init; }

    public decimal TeachingHours { get; init; }

    public int ResearchHours { get; init; }

    public bool IsProbationary { get; init; }
}
