using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;
using TriThuc.SharedKernel.GraphQL;

namespace TriThuc.Modules.Science.GraphQL;

/// <summary>
/// Per request, one query per field for a whole page of parents: Registry persons (through the
/// Registry's contract), and each kind of Science record hanging off a project, a council, a grant or a person.
/// </summary>
public sealed class ScienceLoaders(ScienceDbContext db, IPersonDirectory people, IUnitDirectory units)
{
    private IReadOnlyDictionary<Guid, UnitSummary>? _units;

    public BatchLoader<Guid, PersonSummary> People { get; } = new(people.GetSummariesAsync);

    /// <summary>Several persons at once, batched with every other person asked for in the request.</summary>
    public IDataLoaderResult<IReadOnlyList<PersonSummary>> PeopleIn(IEnumerable<Guid> ids) =>
        new LoadedList<PersonSummary>(ids.Select(People.Load).ToList());

    public BatchLoader<Guid, ScienceProject> Projects { get; } = new(async (ids, cancellationToken) =>
        await db.Projects.AsNoTracking().Include(p => p.Members).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken));

    public BatchLoader<Guid, IReadOnlyList<ProjectTransition>> TransitionsByProject { get; } = Grouped(
        async (ids, cancellationToken) => await db.ProjectTransitions.AsNoTracking().Where(t => ids.Contains(t.ProjectId)).OrderBy(t => t.RecordedAt).ToListAsync(cancellationToken),
        t => [t.ProjectId]);

    public BatchLoader<Guid, IReadOnlyList<Council>> CouncilsByProject { get; } = Grouped(
        async (ids, cancellationToken) => await db.Councils.AsNoTracking().Include(c => c.Members).Where(c => ids.Contains(c.ProjectId)).OrderBy(c => c.FormedOn).ToListAsync(cancellationToken),
        c => [c.ProjectId]);

    public BatchLoader<Guid, IReadOnlyList<Disbursement>> DisbursementsByGrant { get; } = Grouped(
        async (ids, cancellationToken) => await db.Disbursements.AsNoTracking().Where(d => ids.Contains(d.GrantId)).OrderBy(d => d.PaidOn).ToListAsync(cancellationToken),
        d => [d.GrantId]);

    /// <summary>Projects a person leads or works on.</summary>
    public BatchLoader<Guid, IReadOnlyList<ScienceProject>> ProjectsByPerson { get; } = Grouped(
        async (ids, cancellationToken) => await db.Projects.AsNoTracking().Include(p => p.Members)
            .Where(p => ids.Contains(p.LeadId) || p.Members.Any(m => ids.Contains(m.IntellectualId)))
            .OrderBy(p => p.Code).ToListAsync(cancellationToken),
        p => p.Participants);

    public BatchLoader<Guid, IReadOnlyList<CouncilMembership>> MembershipsByPerson { get; } = Grouped(
        async (ids, cancellationToken) => (await db.Councils.AsNoTracking().Include(c => c.Members)
                .Where(c => c.Members.Any(m => m.IntellectualId != null && ids.Contains(m.IntellectualId.Value)))
                .OrderBy(c => c.FormedOn)
                .ToListAsync(cancellationToken))
            .SelectMany(c => c.Members.Where(m => m.IntellectualId != null).Select(m => new CouncilMembership(m.IntellectualId!.Value, c, m)))
            .ToList(),
        m => [m.PersonId]);

    public BatchLoader<Guid, IReadOnlyList<Initiative>> InitiativesByHolder { get; } = Grouped(
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

    /// <summary>A loader of lists: one query for every key asked, rows handed to each key they belong to.</summary>
    private static BatchLoader<Guid, IReadOnlyList<T>> Grouped<T>(
        Func<List<Guid>, CancellationToken, Task<List<T>>> fetch, Func<T, IEnumerable<Guid>> keysOf) =>
        new(async (ids, cancellationToken) =>
        {
            var wanted = ids.ToList();
            var rows = await fetch(wanted, cancellationToken);
            var wantedSet = wanted.ToHashSet();
            IReadOnlyDictionary<Guid, IReadOnlyList<T>> grouped = rows
                .SelectMany(row => keysOf(row).Where(wantedSet.Contains).Distinct().Select(key => (key, row)))
                .GroupBy(pair => pair.key, pair => pair.row)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
            return grouped;
        }, whenMissing: []);
}
