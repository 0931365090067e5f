using TriThuc.Host.Indicators;
using TriThuc.SharedKernel.Domain;

namespace TriThuc.Host.Reviews;

/// <summary>One indicator as a review froze it: its definition's name and target then, its figure, status and every breakdown.</summary>
public sealed class ReviewSnapshotIndicator : Entity, SharedKernel.Data.IChained
{
    public Guid SnapshotId { get; set; }

    public string Module { get; set; } = "";

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public IndicatorKind Kind { get; set; }

    public decimal? TargetValue { get; set; }

    public int? TargetYear { get; set; }

    public decimal Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public decimal? Value { get; set; }

    public decimal? Expected { get; set; }

    public IndicatorStatus? Status { get; set; }

    /// <summary>Breakdown lines by dimension key ("unit", "field"...), as JSON.</summary>
    public string Breakdowns { get; set; } = "{}";

    internal IndicatorFigure Figure => new(Numerator, Denominator, Value);

    public long? ChainIndex { get; set; }

    public string? ChainHash { get; set; }
}
