namespace TriThuc.Modules.Science.Fund;

/// <summary>The filters of the applications list; every one is optional and they combine with AND.</summary>
public sealed class FundApplicationFilter
{
    /// <summary>Applications to this call.</summary>
    public Guid? CallId { get; init; }

    public FundApplicationStatus? Status { get; init; }
}
