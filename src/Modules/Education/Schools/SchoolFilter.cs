namespace TriThuc.Modules.Education.Schools;

/// <summary>The filters of the list of schools; every one is optional and they combine with AND.</summary>
public sealed class SchoolFilter
{
    public SchoolLevel? Level { get; init; }

    public bool? IsPublic { get; init; }

    /// <summary>Schools whose unit is this unit or below it.</summary>
    public Guid? UnitId { get; init; }
}
