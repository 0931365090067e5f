namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Where the day's leaders stand on T1 and T2, read by the Registry's own rules (docs/indicators.md), so that a module
/// that trains leaders (the university branch) can show who still needs a course without repeating those rules.
/// </summary>
public interface ILeaderReadiness
{
    /// <summary>The leaders on the register on <paramref name="day"/> whose unit is one of <paramref name="unitIds"/> (every leader when null).</summary>
    Task<IReadOnlyList<LeaderStanding>> LeadersAsync(DateOnly day, IReadOnlyCollection<Guid>? unitIds, CancellationToken cancellationToken);
}
