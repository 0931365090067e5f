namespace TriThuc.Modules.Science.Councils;

public sealed class CouncilFilter
{
    public Guid? ProjectId { get; init; }

    public CouncilKind? Kind { get; init; }

    /// <summary>Councils on which this Registry person sits.</summary>
    public Guid? IntellectualId { get; init; }
}
