namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class TeachingAssignmentFilter
{
    /// <summary>Records of people in this unit or any unit below it.</summary>
    public Guid? UnitId { get; init; }

    public Guid? PersonId { get; init; }

    /// <summary>Records that hold on this day.</summary>
    public DateOnly? ActiveOn { get; init; }

    /// <summary>Part of the title, ignoring diacritics and case: "lua" finds "Lúa".</summary>
    public string? Search { get; init; }
}
