using GraphQL.DataLoader;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Schools;

/// <summary>Per request: the Registry's units read once, and each school's area class on a day, one look-up for a page.</summary>
public sealed class SchoolLoaders(EducationDbContext db, IUnitDirectory units)
{
    private IReadOnlyDictionary<Guid, UnitSummary>? _units;
    private readonly Dictionary<DateOnly, BatchLoader<Guid, AreaClassificationSummary>> _classes = [];

    /// <summary>A school's profile by its Registry unit.</summary>
    public BatchLoader<Guid, School> ByUnit { get; } = new(async (ids, cancellationToken) =>
        await db.Schools.AsNoTracking().Where(s => ids.Contains(s.UnitId)).ToDictionaryAsync(s => s.UnitId, cancellationToken));

    public async Task<UnitSummary?> UnitAsync(Guid id, CancellationToken cancellationToken)
    {
        _units ??= (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id);
        return _units.GetValueOrDefault(id);
    }

    /// <summary>The classification of a place on a day: those of every place of the page in one query.</summary>
    public IDataLoaderResult<AreaClassificationSummary?> AreaClassOn(Guid placeId, DateOnly day)
    {
        if (!_classes.TryGetValue(day, out var loader))
        {
            loader = new BatchLoader<Guid, AreaClassificationSummary>(async (ids, cancellationToken) => await units.ClassificationsOnAsync(ids, day, cancellationToken));
            _classes[day] = loader;
        }

        return loader.Load(placeId);
    }
}
