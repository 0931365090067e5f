namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The column that names a row's person by their Registry id ("Mã trí thức", as the Registry's export and the web
/// application show it), checked for a whole chunk at once (two queries): known, not merged into another record, and
/// whether their processing is restricted. Shared by every module's importers that name people (Health's licences and CME
/// activities, University's enrolments, …).
/// </summary>
public sealed class PersonColumn(IPersonDirectory people, IProcessingRestrictions restrictions)
{
    public const string Name = "Mã trí thức";

    private IReadOnlyDictionary<Guid, PersonSummary> _known = new Dictionary<Guid, PersonSummary>();
    private IReadOnlySet<string> _restricted = new HashSet<string>();

    /// <summary>Every well-formed id the last <see cref="LoadAsync(IEnumerable{string?}, CancellationToken)"/> was given,
    /// known or not, once each: what an importer looks up its own rows for the chunk by.</summary>
    public IReadOnlyList<Guid> Ids { get; private set; } = [];

    /// <summary>Looks up every id the chunk names, at once.</summary>
    public Task LoadAsync(IEnumerable<ImportCells> rows, CancellationToken cancellationToken) => LoadAsync(rows.Select(r => r.Text(Name)), cancellationToken);

    /// <summary>Looks up, at once, every id among <paramref name="texts"/> (a column that names several people, e.g. authors).</summary>
    public async Task LoadAsync(IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        Ids = texts.Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        _known = await people.GetSummariesAsync(Ids, cancellationToken);
        _restricted = await restrictions.RestrictedAmongAsync([.. _known.Keys.Select(id => id.ToString())], cancellationToken);
    }

    public Guid Read(ImportCells row) => Read(row.Required(Name), Name);

    /// <summary>The person an id names, refused in <paramref name="column"/> when unknown or merged away.</summary>
    public Guid Read(string text, string column)
    {
        if (!Guid.TryParse(text, out var id) || !_known.TryGetValue(id, out var person))
        {
            throw new RowRefusedException(column, $"Không có trí thức mang mã '{text}' trong cơ sở dữ liệu.");
        }

        return person.MergedIntoId is { } kept
            ? throw new RowRefusedException(column, $"Hồ sơ '{person.FullName}' đã được gộp vào hồ sơ {kept}; hãy dùng mã đó.")
            : id;
    }

    /// <summary>Whether the processing of the person <paramref name="id"/> names is restricted (as the last load found it).</summary>
    public bool IsRestricted(Guid id) => _restricted.Contains(id.ToString());

    /// <summary>
    /// Refuses, in <paramref name="column"/>, a row that would add or change a record about a person whose processing is
    /// restricted, as a save would (<see cref="RestrictedProcessing"/>) but at its row, and in a dry run too. Called where
    /// the row writes, not where it is read: a row already on file adds nothing, so a file imported again goes through.
    /// </summary>
    public void RefuseIfRestricted(Guid id, string column = Name)
    {
        if (IsRestricted(id))
        {
            throw new RowRefusedException(column, RestrictedProcessing.Message);
        }
    }
}
