using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

public sealed class AreaClassificationInput
{
    public Guid UnitId { get; init; }

    public AreaZone? Zone { get; init; }

    public bool IsExtremelyDifficultVillage { get; init; }

    public bool IsBorder { get; init; }

    public string Decision { get; init; } = "";

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }
}
