using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science;

/// <summary>
/// Per request, one query per field for a whole page of parents: each kind of Science record hanging off a
/// project, a council, a grant or a person, and the Registry's units (through its contract).
/// </summary>
public sealed class ScienceLoaders(ScienceDbContext db, IUnitDirectory units)
{
    private IReadOnlyDictionary<Guid, UnitSummary>? _units;

    public BatchLoader<Guid, ScienceProject> Projects { get; } = new(async (ids, cancellationToken) =>
        await db.Projects.AsNoTracking().Include(p => p.Members).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken));

    public BatchLoader<Guid, IReadOnlyList<ProjectTransition>> TransitionsByProject { get; } =
        GroupedLoader.ByOwner(db.ProjectTransitions, t => t.ProjectId, t => t.RecordedAt);

    public BatchLoader<Guid, IReadOnlyList<Council>> CouncilsByProject { get; } = GroupedLoader.Of<Guid, Council>(
        async (ids, cancellationToken) => await db.Councils.AsNoTracking().Include(c => c.Members).Where(c => ids.Contains(c.ProjectId)).OrderBy(c => c.FormedOn).ToListAsync(cancellationToken),
        c => [c.ProjectId]);

    public BatchLoader<Guid, IReadOnlyList<Disbursement>> DisbursementsByGrant { get; } =
        GroupedLoader.ByOwner(db.Disbursements, d => d.GrantId, d => d.PaidOn);

    /// <summary>Projects a person leads or works on.</summary>
    public BatchLoader<Guid, IReadOnlyList<ScienceProject>> ProjectsByPerson { get; } = GroupedLoader.Of<Guid, ScienceProject>(
        async (ids, cancellationToken) => await db.Projects.AsNoTracking().Include(p => p.Members)
            .Where(p => ids.Contains(p.LeadId) || p.Members.Any(m => ids.Contains(m.IntellectualId)))
            .OrderBy(p => p.Code).ToListAsync(cancellationToken),
        p => p.Participants);

    public BatchLoader<Guid, IReadOnlyList<CouncilMembership>> MembershipsByPerson { get; } = GroupedLoader.Of<Guid, CouncilMembership>(
        async (ids, cancellationToken) => (await db.Councils.AsNoTracking().Include(c => c.Members)
                .Where(c => c.Members.Any(m => m.IntellectualId != null && ids.Contains(m.IntellectualId.Value)))
                .OrderBy(c => c.FormedOn)
                .ToListAsync(cancellationToken))
            .SelectMany(c => c.Members.Where(m => m.IntellectualId != null).Select(m => new CouncilMembership(m.IntellectualId!.Value, c, m)))
            .ToList(),
        m => [m.PersonId]);

    public BatchLoader<Guid, IReadOnlyList<Initiative>> InitiativesByHolder { get; } = GroupedLoader.Of<Guid, Initiative>(
        async (ids, cancellationToken) => await db.Initiatives.AsNoTracking().Include(i => i.Holders)
            .Where(i => i.Holders.Any(h => ids.Contains(h.IntellectualId)))
            .OrderByDescending(i => i.Year).ToListAsync(cancellationToken),
        i => i.Holders.Select(h => h.IntellectualId));

    /// <summary>Registry units by id, read once per request.</summary>
    public async Task<UnitSummary?> UnitAsync(Guid id, CancellationToken cancellationToken)
    {
        _units ??= (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id);
        return _units.GetValueOrDefault(id);
    }
}
