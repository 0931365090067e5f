using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// What the career importers (degrees, posts, trainings) share: a thousand rows at a time, the people they are
/// about found in a few queries, the records those people already hold read in one, each row checked by the same
/// rules as the GraphQL mutations, and the new records inserted in bulk. A row already on file (by
/// <see cref="KeyOf(Guid, TInput)"/>) is left as it is, so importing a file twice adds nothing the second time. The check
/// pass keeps the new records ready (<see cref="PreparedRecords{T}"/>), so the write lock is held only to write them unless
/// someone changed meanwhile what the check relied on (<see cref="NoneConcernsTheFileAsync"/>).
/// </summary>
public abstract class CareerImporter<TInput, TRecord, TKey>(RegistryDbContext db, IClock clock, ICurrentUser user, ImportLimits limits, IProcessingRestrictions restrictions)
    : IFileImporter
    where TRecord : Entity
    where TKey : notnull
{
    public abstract string Kind { get; }

    public abstract string Title { get; }

    /// <summary>Whom a row is about (national ID, else staff code), then <see cref="RecordHeaders"/>.</summary>
    public ImportHeaders Headers => new(RecordHeaders.Required, RecordHeaders.Optional, [[PeopleOnFile.NationalIdColumn, PeopleOnFile.StaffCodeColumn]]);

    /// <summary>The input field of each column, for naming the column of a rule's refusal.</summary>
    protected abstract IReadOnlyDictionary<string, string> Columns { get; }

    /// <summary>The columns every file must have besides whom a row is about (national ID or staff code), and those it may have.</summary>
    protected abstract (string[] Required, string[] Optional) RecordHeaders { get; }

    protected DateOnly Today => clock.Today;

    /// <summary>Reads what the row says besides whom it is about; refuses cells it cannot read.</summary>
    protected abstract TInput Parse(ImportCells row);

    /// <summary>What makes a row the same as one on file: a person's degree, field and year, say.</summary>
    protected abstract TKey KeyOf(Guid personId, TInput input);

    protected abstract TKey KeyOf(TRecord record);

    /// <summary>The new record, checked by the mutations' rules.</summary>
    protected abstract TRecord Apply(Intellectual person, TInput input);

    /// <summary>Reads what the whole file needs (the units, say) before the first row of each pass, so a pass that checks again sees what changed meanwhile.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether a change made by someone else while the file was checked, to a record other than the people and records of
    /// this kind, concerns the file (a unit the rules read, say): the file is then checked again as it is written.
    /// </summary>
    protected virtual bool Concerns(ChangedRecord change) => false;

    /// <summary>The records earlier chunks of the check pass would have added (that pass writes nothing for later chunks to find).</summary>
    private readonly HashSet<TKey> _checked = [];

    private PeopleNamedInFile _named = new();

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        _named = new PeopleNamedInFile();
        var checkedOn = clock.Today; // the rules judge dates by the day: a check made yesterday is checked again
        await using var prepared = dryRun ? null : new PreparedRecords<TRecord>(db, user, clock,
            async (changes, token) => clock.Today == checkedOn && await NoneConcernsTheFileAsync(changes, token));
        var passesBegun = new HashSet<ImportPass>();
        return await ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, async (rows, report, pass, token) =>
        {
            if (passesBegun.Add(pass))
            {
                await PrepareAsync(token);
            }

            await ImportChunkAsync(rows, prepared, report, pass, token);
        }, prepared, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, PreparedRecords<TRecord>? prepared, ImportReport report, ImportPass pass,
        CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var people = await PeopleOnFile.LoadAsync(db, cells, cancellationToken);
        var read = new List<(int Row, Intellectual Person, TInput Input, string FoundBy)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var person = people.Find(cells[i]);
                if (pass == ImportPass.Check)
                {
                    _named.Add(cells[i], person);
                }

                read.Add((rows[i].Number, person, Parse(cells[i]), PeopleOnFile.ColumnFinding(cells[i])));
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        // In the write pass, records created by earlier chunks are in the database already (same transaction); in the
        // check pass they are in _checked. This chunk's are added as it goes.
        var personIds = read.Select(r => r.Person.Id).Distinct().ToList();
        var onFile = (await db.Set<TRecord>().AsNoTracking()
                .Where(r => EF.Parameter(personIds).Contains(EF.Property<Guid>(r, "IntellectualId")))
                .ToListAsync(cancellationToken))
            .Select(KeyOf).ToHashSet();
        if (pass == ImportPass.Check)
        {
            onFile.UnionWith(_checked);
        }

        // A row about a restricted person is refused only if it would add a record: one already on file adds nothing, so a
        // yearly file imported again still goes through.
        var restricted = await restrictions.RestrictedAmongAsync([.. personIds.Select(id => id.ToString())], cancellationToken);
        var created = new List<TRecord>();
        foreach (var (row, person, input, foundBy) in read)
        {
            try
            {
                if (!onFile.Contains(KeyOf(person.Id, input)))
                {
                    if (restricted.Contains(person.Id.ToString()))
                    {
                        throw new RowRefusedException(foundBy, RestrictedProcessing.Message);
                    }

                    var record = Apply(person, input);
                    onFile.Add(KeyOf(record));
                    created.Add(record);
                    report.Created++;
                }
            }
            catch (Exception error) when (ImportRunner.Refusal(row, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        if (pass == ImportPass.Check)
        {
            _checked.UnionWith(created.Select(KeyOf));
            await KeepForWritingAsync(prepared, created, report, cancellationToken);
            return;
        }

        await BulkInsert.InsertAsync(db, created, user, clock.Now, cancellationToken);
    }

    /// <summary>Keeps the chunk's new records for the write pass; a file with a refused row will not be written, so nothing more is kept.</summary>
    private static async Task KeepForWritingAsync(PreparedRecords<TRecord>? prepared, List<TRecord> created, ImportReport report, CancellationToken cancellationToken)
    {
        if (prepared is not { IsComplete: true })
        {
            return;
        }

        if (report.HasProblems)
        {
            await prepared.GiveUpAsync();
            return;
        }

        await prepared.AddAsync(created, cancellationToken);
    }

    /// <summary>
    /// Whether the records changed by others while the file was checked leave the check's new records as they are: no
    /// person a row is about changed or had their processing restricted, no one changed now holds a national ID or staff
    /// code a row named, and no record of this kind changed for a person a row is about (it could make a row one already
    /// on file, or no longer). A record of this kind deleted meanwhile cannot say whose it was, so it concerns the file.
    /// </summary>
    private async Task<bool> NoneConcernsTheFileAsync(IReadOnlyList<ChangedRecord> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(Concerns))
        {
            return false;
        }

        var people = changes.IdsOf(nameof(Intellectual));
        if (people.Any(_named.IsAbout))
        {
            return false;
        }

        if (people.Count > 0)
        {
            var holders = await db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(people).Contains(p.Id))
                .Select(p => new { p.NationalId, p.StaffCode })
                .ToListAsync(cancellationToken);
            if (holders.Any(p => _named.Names(p.NationalId, p.StaffCode)))
            {
                return false;
            }
        }

        var records = changes.IdsOf(typeof(TRecord).Name);
        if (records.Count > 0)
        {
            var owners = await db.Set<TRecord>().AsNoTracking().Where(r => EF.Parameter(records).Contains(r.Id))
                .Select(r => EF.Property<Guid>(r, "IntellectualId"))
                .ToListAsync(cancellationToken);
            if (owners.Count < records.Count || owners.Any(_named.IsAbout))
            {
                return false;
            }
        }

        // A restriction is the platform's, not in the module's audit trail: asked for everyone the file is about.
        return (await restrictions.RestrictedAmongAsync([.. _named.People.Select(id => id.ToString())], cancellationToken)).Count == 0;
    }
}
