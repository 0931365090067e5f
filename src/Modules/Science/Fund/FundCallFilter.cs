namespace TriThuc.Modules.Science.Fund;

/// <summary>The filters of the calls list; every one is optional and they combine with AND.</summary>
public sealed class FundCallFilter
{
    /// <summary>Where the call stands today.</summary>
    public FundCallStatus? Status { get; init; }

    /// <summary>Calls whose window covers some day of this year.</summary>
    public int? Year { get; init; }

    /// <summary>Part of the call's code, ignoring case.</summary>
    public string? Search { get; init; }
}
