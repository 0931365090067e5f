using GraphQL.DataLoader;
using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Facilities;

/// <summary>Per request: the Registry's units read once, and each facility's area class on a day, one look-up for a page.</summary>
public sealed class FacilityLoaders(HealthDbContext db, IUnitDirectory units)
{
    private IReadOnlyDictionary<Guid, UnitSummary>? _units;
    private readonly Dictionary<DateOnly, BatchLoader<Guid, AreaClassificationSummary>> _classes = [];

    public BatchLoader<Guid, HealthFacility> ById { get; } = new(async (ids, cancellationToken) =>
        await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken));

    /// <summary>Registry units by id, read once per request.</summary>
    public async Task<UnitSummary?> UnitAsync(Guid id, CancellationToken cancellationToken)
    {
        _units ??= (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id);
        return _units.GetValueOrDefault(id);
    }

    /// <summary>The area class of a commune on a day: the classifications of every commune of the page in one query.</summary>
    public IDataLoaderResult<AreaClassificationSummary?> AreaClassOn(Guid communeId, DateOnly day)
    {
        if (!_classes.TryGetValue(day, out var loader))
        {
            loader = new BatchLoader<Guid, AreaClassificationSummary>(async (ids, cancellationToken) => await units.ClassificationsOnAsync(ids, day, cancellationToken));
            _classes[day] = loader;
        }

        return loader.Load(communeId);
    }
}
