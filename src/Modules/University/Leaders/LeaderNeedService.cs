using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Leaders;

/// <summary>Which leaders of a unit subtree still need a course for T1 or T2, as the Registry counts them (<see cref="ILeaderReadiness"/>).</summary>
public sealed class LeaderNeedService(ILeaderReadiness readiness, IUnitDirectory units, IPersonDirectory people, RegistryReferences registry, IClock clock)
{
    public async Task<IReadOnlyList<LeaderCourseNeed>> NeedsAsync(Guid unitId, DateOnly? on, CancellationToken cancellationToken)
    {
        var day = on ?? clock.Today;
        await registry.RequireOpenUnitAsync(unitId, day, "unitId", cancellationToken);
        var subtree = await units.SubtreeAsync(unitId, cancellationToken);
        var leaders = await readiness.LeadersAsync(day, subtree, cancellationToken);
        var names = await people.GetSummariesAsync(leaders.Select(l => l.IntellectualId).ToList(), cancellationToken);
        return leaders
            .OrderBy(l => names.TryGetValue(l.IntellectualId, out var person) ? VietnameseText.Fold(person.FullName) : "")
            .ThenBy(l => l.IntellectualId)
            .Select(l => new LeaderCourseNeed(l.IntellectualId, l.UnitId, l.NeedsCourseForT1, l.NeedsCourseForT2))
            .ToList();
    }
}
