namespace TriThuc.Modules.Registry.Contracts;

/// <summary>An organisation unit as other modules see it, closed ones included, with validity, successor and kind.</summary>
public sealed record UnitSummary(
    Guid Id, string Code, string Name, Guid? ParentId, DateOnly ValidFrom, DateOnly? ValidTo, Guid? SuccessorId, UnitKind Kind = UnitKind.Unit)
{
    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
