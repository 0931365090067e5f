namespace TriThuc.Modules.Education.Assessments;

/// <summary>The filters of the list of assessments; every one is optional and they combine with AND.</summary>
public sealed class StandardAssessmentFilter
{
    public int? SchoolYear { get; init; }

    public Guid? PersonId { get; init; }

    /// <summary>Assessments at this unit or below it.</summary>
    public Guid? UnitId { get; init; }
}
