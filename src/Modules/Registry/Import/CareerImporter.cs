using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// What the career importers (degrees, posts, trainings) share: a thousand rows at a time, the people they are
/// about found in a few queries, the records those people already hold read in one, each row checked by the same
/// rules as the GraphQL mutations, and the new records inserted in bulk. A row already on file (by
/// <see cref="KeyOf(Guid, TInput)"/>) is left as it is, so importing a file twice adds nothing the second time.
/// </summary>
public abstract class CareerImporter<TInput, TRecord, TKey>(RegistryDbContext db, IClock clock, ICurrentUser user, ImportLimits limits) : IFileImporter
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

    /// <summary>Reads what the whole file needs once (the units, say) before its first row.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The records earlier chunks of the check pass would have added (that pass writes nothing for later chunks to find).</summary>
    private readonly HashSet<TKey> _checked = [];

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        await PrepareAsync(cancellationToken);
        return await ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var people = await PeopleOnFile.LoadAsync(db, cells, cancellationToken);
        var read = new List<(int Row, Intellectual Person, TInput Input)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                read.Add((rows[i].Number, people.Find(cells[i]), Parse(cells[i])));
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

        var created = new List<TRecord>();
        foreach (var (row, person, input) in read)
        {
            try
            {
                if (!onFile.Contains(KeyOf(person.Id, input)))
                {
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
            return;
        }

        await BulkInsert.InsertAsync(db, created, user, clock.Now, cancellationToken);
    }
}
