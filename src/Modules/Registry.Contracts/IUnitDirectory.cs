namespace TriThuc.Modules.Registry.Contracts;

/// <summary>The Registry's organisation units for other modules: to check a unit they record, and to roll their figures up the tree.</summary>
public interface IUnitDirectory
{
    /// <summary>Every unit, open and closed (a few hundred in a province: one query, cached for the request).</summary>
    Task<IReadOnlyList<UnitSummary>> GetAllAsync(CancellationToken cancellationToken);
}
