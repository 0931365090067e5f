namespace TriThuc.SharedKernel.Indicators;

/// <summary>An organisation unit as an indicator sees it, with its validity and successor so that old records roll up to today's units.</summary>
public sealed record IndicatorUnit(Guid Id, string Code, string Name, Guid? ParentId, DateOnly ValidFrom, DateOnly? ValidTo, Guid? SuccessorId)
{
    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
