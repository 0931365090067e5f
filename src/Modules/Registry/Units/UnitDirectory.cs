using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

/// <summary>The Registry's answer to other modules' unit look-ups, from the request's unit cache.</summary>
public sealed class UnitDirectory(UnitService units) : IUnitDirectory
{
    public async Task<IReadOnlyList<UnitSummary>> GetAllAsync(CancellationToken cancellationToken) =>
        (await units.AllAsync(cancellationToken)).Values
            .Select(u => new UnitSummary(u.Id, u.Code, u.Name, u.ParentId, u.ValidFrom, u.ValidTo, u.SuccessorId, u.Kind))
            .ToList();

    public async Task<IReadOnlySet<Guid>> SubtreeAsync(Guid rootId, CancellationToken cancellationToken) =>
        await units.SubtreeAsync(rootId, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, AreaClassificationSummary>> ClassificationsOnAsync(
        IReadOnlyCollection<Guid> unitIds, DateOnly day, CancellationToken cancellationToken)
    {
        var all = await units.ClassificationsAsync(cancellationToken);
        return unitIds.Distinct()
            .Select(id => all[id].FirstOrDefault(a => a.AppliesOn(day)))
            .OfType<AreaClassification>()
            .ToDictionary(a => a.UnitId, a => a.ToSummary());
    }
}
