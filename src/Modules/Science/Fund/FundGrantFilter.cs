namespace TriThuc.Modules.Science.Fund;

/// <summary>The filters of the grants list; every one is optional and they combine with AND.</summary>
public sealed class FundGrantFilter
{
    /// <summary>Grants of this call.</summary>
    public Guid? CallId { get; init; }

    /// <summary>Grants awarded in this year.</summary>
    public int? Year { get; init; }
}
