using System.Text.Json;
using System.Text.Json.Serialization;
using TriThuc.Host.Indicators;

namespace TriThuc.Host.Reviews;

/// <summary>Takes, lists and compares review snapshots: every indicator with every breakdown, frozen on a day.</summary>
internal sealed class ReviewService(PlatformDbContext db, IndicatorService indicators)
{
    private const int MaxTitleLength = 200;
    private const int MaxNoteLength = 4000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<ReviewSnapshot> TakeAsync(ReviewInput input, CancellationToken cancellationToken)
    {
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0 || title.Length > MaxTitleLength)
        {
            throw DomainException.Validation("title", $"Cần tên đợt sơ kết, tổng kết (tối đa {MaxTitleLength} ký tự).");
        }

        if (input.Note?.Length > MaxNoteLength)
        {
            throw DomainException.Validation("note", $"Ghi chú tối đa {MaxNoteLength} ký tự.");
        }

        var snapshot = await FreezeAsync(indicators.PeriodOf(input.AsOf, null), unsaved: false, cancellationToken);
        snapshot.Kind = input.Kind;
        snapshot.Title = title;
        snapshot.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        db.ReviewSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    public async Task<IReadOnlyList<ReviewSnapshot>> ListAsync(CancellationToken cancellationToken) =>
        await db.ReviewSnapshots.AsNoTracking().Include(s => s.Indicators).OrderByDescending(s => s.AsOf).ThenByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);

    public async Task<ReviewSnapshot?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ReviewSnapshots.AsNoTracking().Include(s => s.Indicators).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<ReviewSnapshot> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw DomainException.NotFound("Không có đợt sơ kết, tổng kết này.");

    /// <summary>A review against another, or against today's figures when <paramref name="toId"/> is null.</summary>
    public async Task<ReviewComparison> CompareAsync(Guid fromId, Guid? toId, CancellationToken cancellationToken)
    {
        var from = await GetAsync(fromId, cancellationToken);
        var to = toId is { } id ? await GetAsync(id, cancellationToken) : await NowAsync(cancellationToken);
        var rows = from.Indicators.Select(i => i.Code).Union(to.Indicators.Select(i => i.Code), StringComparer.Ordinal)
            .Select(code =>
            {
                var before = from.Indicators.FirstOrDefault(i => i.Code == code);
                var after = to.Indicators.FirstOrDefault(i => i.Code == code);
                var either = (after ?? before)!;
                return new ReviewComparisonRow(code, either.Name, either.Module, either.Kind, before, after);
            })
            .OrderBy(r => r.Module, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return new ReviewComparison(from, to, rows);
    }

    /// <summary>Today's figures in the shape of a review, not saved.</summary>
    public async Task<ReviewSnapshot> NowAsync(CancellationToken cancellationToken)
    {
        var now = await FreezeAsync(indicators.PeriodOf(null, null), unsaved: true, cancellationToken);
        now.Title = "Hiện tại";
        return now;
    }

    public static IReadOnlyList<IndicatorBreakdownRow> BreakdownOf(ReviewSnapshotIndicator indicator, string dimension) =>
        Breakdowns(indicator).FirstOrDefault(b => b.Dimension == dimension)?.Rows
            ?? throw DomainException.Validation("by", $"Bản chốt số liệu không có phân tổ '{dimension}' cho chỉ tiêu {indicator.Code}.");

    /// <summary>Every frozen breakdown of an indicator, unit first.</summary>
    public static IReadOnlyList<FrozenBreakdown> Breakdowns(ReviewSnapshotIndicator indicator) =>
        JsonSerializer.Deserialize<List<FrozenBreakdown>>(indicator.Breakdowns, Json) ?? [];

    private async Task<ReviewSnapshot> FreezeAsync(IndicatorPeriod period, bool unsaved, CancellationToken cancellationToken)
    {
        var snapshot = new ReviewSnapshot { AsOf = period.AsOf, IsUnsaved = unsaved };
        foreach (var indicator in indicators.All)
        {
            var measurement = await indicators.MeasureAsync(indicator, period, cancellationToken);
            var breakdowns = new List<FrozenBreakdown>();
            foreach (var dimension in indicator.Definition.Dimensions.Prepend(IndicatorDimension.Unit))
            {
                breakdowns.Add(new FrozenBreakdown(
                    dimension.Key, dimension.Name, await indicators.BreakdownAsync(indicator, dimension.Key, period, cancellationToken)));
            }

            snapshot.Indicators.Add(new ReviewSnapshotIndicator
            {
                SnapshotId = snapshot.Id,
                Module = indicator.Module,
                Code = indicator.Code,
                Name = indicator.Definition.Name,
                Kind = indicator.Definition.Kind,
                TargetValue = indicator.Definition.Target?.Value,
                TargetYear = indicator.Definition.Target?.Year,
                Numerator = measurement.Figure.Numerator,
                Denominator = measurement.Figure.Denominator,
                Value = measurement.Figure.Value,
                Expected = measurement.Expected,
                Status = measurement.Status,
                Breakdowns = JsonSerializer.Serialize(breakdowns, Json),
            });
        }

        return snapshot;
    }
}
