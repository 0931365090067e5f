namespace TriThuc.Modules.Registry.Contracts;

/// <summary>The Registry's organisation units for other modules: to check a unit they record, to roll their figures up the tree, and to know its area class on a day.</summary>
public interface IUnitDirectory
{
    /// <summary>Every unit, open and closed (a few thousand in a province: one query, cached for the request).</summary>
    Task<IReadOnlyList<UnitSummary>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>The unit and every unit below it, however deep (closed ones included).</summary>
    Task<IReadOnlySet<Guid>> SubtreeAsync(Guid rootId, CancellationToken cancellationToken);

    /// <summary>
    /// The classification in force on <paramref name="day"/> of each unit asked for, in one query; a unit with none
    /// that day is absent from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, AreaClassificationSummary>> ClassificationsOnAsync(
        IReadOnlyCollection<Guid> unitIds, DateOnly day, CancellationToken cancellationToken);
}
