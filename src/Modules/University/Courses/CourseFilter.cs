using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Courses;

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class CourseFilter
{
    public TrainingKind? Kind { get; init; }

    /// <summary>Courses that start on or after this day.</summary>
    public DateOnly? StartsFrom { get; init; }

    /// <summary>Courses that start on or before this day.</summary>
    public DateOnly? StartsTo { get; init; }

    /// <summary>Part of the title, ignoring diacritics and case: "tieng anh" finds "Tiếng Anh".</summary>
    public string? Search { get; init; }
}
