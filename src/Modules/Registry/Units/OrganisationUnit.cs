using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

/// <summary>
/// An organisation unit (đơn vị, cơ quan) or an administrative unit, in a tree. Units are closed and
/// succeeded, never deleted: reports about a past date use the units as they were then.
/// </summary>
public sealed class OrganisationUnit : Entity
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>In a remote, mountainous or border area (vùng sâu, vùng xa, biên giới).</summary>
    public bool IsRemoteArea { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>The last day the unit existed; null while it is open.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The unit that took over when this one was closed (a merger, a re-organisation).</summary>
    public Guid? SuccessorId { get; set; }

    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
