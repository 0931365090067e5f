namespace TriThuc.Modules.Health.Facilities;

/// <summary>The filters of the list of facilities; every one is optional and they combine with AND.</summary>
public sealed class FacilityFilter
{
    public FacilityLevel? Level { get; init; }

    /// <summary>Facilities whose unit is this unit or below it.</summary>
    public Guid? UnitId { get; init; }
}
