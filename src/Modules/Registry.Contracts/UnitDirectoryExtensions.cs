namespace TriThuc.Modules.Registry.Contracts;

public static class UnitDirectoryExtensions
{
    /// <summary>The unit tree as indicators roll figures up it: every unit, closed ones with their successors.</summary>
    public static async Task<IReadOnlyList<IndicatorUnit>> IndicatorUnitsAsync(this IUnitDirectory units, CancellationToken cancellationToken) =>
        (await units.GetAllAsync(cancellationToken))
            .Select(u => new IndicatorUnit(u.Id, u.Code, u.Name, u.ParentId, u.ValidFrom, u.ValidTo, u.SuccessorId))
            .ToList();
}
