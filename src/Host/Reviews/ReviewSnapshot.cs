using TriThuc.SharedKernel.Domain;

namespace TriThuc.Host.Reviews;

/// <summary>
/// An interim or final review (sơ kết, tổng kết): every indicator frozen as it stood on <see cref="AsOf"/>,
/// with a note. Later edits to the records do not change it; its tables are append-only.
/// </summary>
public sealed class ReviewSnapshot : Entity, SharedKernel.Data.IChained
{
    public ReviewKind Kind { get; set; }

    public string Title { get; set; } = "";

    public DateOnly AsOf { get; set; }

    public string? Note { get; set; }

    public List<ReviewSnapshotIndicator> Indicators { get; set; } = [];

    /// <summary>Today's figures in a review's shape, computed for a comparison and never saved.</summary>
    internal bool IsUnsaved { get; init; }

    public long? ChainIndex { get; set; }

    public string? ChainHash { get; set; }
}
