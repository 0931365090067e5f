namespace TriThuc.Modules.Registry.Contracts;

/// <summary>An organisation unit as other modules see it, closed ones included, with validity and successor.</summary>
public sealed record UnitSummary(Guid Id, string Code, string Name, Guid? ParentId, DateOnly ValidFrom, DateOnly? ValidTo, Guid? SuccessorId)
{
    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
