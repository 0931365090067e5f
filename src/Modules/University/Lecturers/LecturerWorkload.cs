namespace TriThuc.Modules.University.Lecturers;

/// <summary>
/// A lecturer's year (Circular 20/2020/TT-BGDĐT): the working hours, the teaching norm and the standard hours taught, the
/// hours on research, and whether the lecturer was on probation. What the year achieved is assessed by
/// <see cref="LecturerWorkloadRules.Assess"/>, with the research outputs the lecturer authored that year.
/// </summary>
public sealed class LecturerWorkload : Entity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    /// <summary>The academic year by the year it starts: 2025 is 2025–2026 (1 August 2025 to 31 July 2026).</summary>
    public int AcademicYear { get; set; }

    /// <summary>The branch unit the Registry placed the lecturer in when the year was recorded.</summary>
    public Guid UnitId { get; set; }

    /// <summary>Administrative hours of work in the year (1,760 for a full year).</summary>
    public int WorkingHours { get; set; }

    /// <summary>The teaching norm in standard teaching hours (giờ chuẩn giảng dạy), 200 to 350.</summary>
    public int TeachingNorm { get; set; }

    /// <summary>Standard teaching hours taught.</summary>
    public decimal TeachingHours { get; set; }

    /// <summary>Administrative hours spent on research.</summary>
    public int ResearchHours { get; set; }

    public bool IsProbationary { get; set; }
}
