using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

public sealed class UnitInput
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public UnitKind Kind { get; init; }

    public Guid? ParentId { get; init; }

    public bool IsRemoteArea { get; init; }

    public DateOnly? ValidFrom { get; init; }
}
