namespace TriThuc.Modules.Talent.Cases;

/// <summary>The filters of the list of cases; every one is optional and they combine with AND.</summary>
public sealed class CaseFilter
{
    public CaseStatus? Status { get; init; }

    public Guid? PolicyId { get; init; }

    public Guid? PersonId { get; init; }
}
