using GraphQL.DataLoader;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Duplicates;

namespace TriThuc.Modules.Registry.People;

/// <summary>
/// Per request, loads records by id (for this module's fields and other modules', <see cref="IIntellectualRecords"/>),
/// and a record's change history and likely duplicates, for a whole page of people in one query each.
/// </summary>
public sealed class IntellectualLoaders : IIntellectualRecords
{
    private readonly Dictionary<Guid, Intellectual> _asked = [];
    private readonly BatchLoader<Guid, IReadOnlyList<Intellectual>> _duplicates;

    private readonly ICurrentUser _user;

    public IntellectualLoaders(RegistryDbContext db, DuplicateService duplicates, ICurrentUser user)
    {
        _user = user;
        Records = new BatchLoader<Guid, Intellectual>(async (ids, cancellationToken) =>
            await db.Intellectuals.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken));
        History = new BatchLoader<Guid, IReadOnlyList<AuditEntry>>(async (ids, cancellationToken) =>
        {
            var wanted = ids.Select(id => id.ToString()).ToList();
            var entries = await db.AuditEntries.Where(a => wanted.Contains(a.EntityId)).ToListAsync(cancellationToken);
            return entries.GroupBy(a => Guid.Parse(a.EntityId))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<AuditEntry>)g.OrderBy(a => a.ChangedAt).ThenBy(a => a.Id).ToList());
        }, whenMissing: []);
        _duplicates = new BatchLoader<Guid, IReadOnlyList<Intellectual>>(async (ids, cancellationToken) =>
            (await duplicates.CandidatesForAsync(ids.Select(id => _asked[id]).ToList(), cancellationToken))
                .ToDictionary(p => p.Key, p => (IReadOnlyList<Intellectual>)p.Value), whenMissing: []);
    }

    /// <summary>One record, for staff; for an intellectual signed in as themselves, only their own (else FORBIDDEN).</summary>
    public IDataLoaderResult<Intellectual?> Record(Guid id)
    {
        _user.Access.RequireSelf(id);
        return Records.Load(id);
    }

    /// <summary>Records by id, merged ones included (they still answer for old references).</summary>
    public BatchLoader<Guid, Intellectual> Records { get; }

    IDataLoaderResult<object?> IIntellectualRecords.Load(Guid id) => Records.Load(id).Then(person => (object?)person);

    /// <summary>Changes to the record itself, oldest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<AuditEntry>> History { get; }

    public IDataLoaderResult<IReadOnlyList<Intellectual>?> DuplicateCandidates(Intellectual person)
    {
        _asked[person.Id] = person;
        return _duplicates.Load(person.Id);
    }
}
