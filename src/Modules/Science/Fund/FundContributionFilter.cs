namespace TriThuc.Modules.Science.Fund;

/// <summary>The filters of the capital list and its totals; every one is optional and they combine with AND.</summary>
public sealed class FundContributionFilter
{
    public FundSource? Source { get; init; }

    /// <summary>Received on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Received on or before this day.</summary>
    public DateOnly? To { get; init; }
}
