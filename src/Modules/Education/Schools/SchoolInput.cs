namespace TriThuc.Modules.Education.Schools;

public sealed class SchoolInput
{
    public Guid UnitId { get; init; }

    public SchoolLevel Level { get; init; }

    public bool IsPublic { get; init; }

    public Guid? LocationId { get; init; }
}
