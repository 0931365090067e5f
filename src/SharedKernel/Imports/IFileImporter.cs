namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Imports one kind of record from a CSV or Excel (.xlsx) file. A module registers one per kind; the
/// host offers each at <c>POST /api/&lt;module&gt;/import/&lt;Kind&gt;</c> and as the command
/// <c>import &lt;module&gt; FILE</c>.
/// </summary>
public interface IFileImporter
{
    /// <summary>The kind of record, e.g. "intellectuals".</summary>
    string Kind { get; }

    /// <summary>What the file holds, in Vietnamese, as a clerk choosing a file to import reads it.</summary>
    string Title => Kind;

    /// <summary>
    /// The header row a file of this kind has: the columns it must have and those it may have. A file without a
    /// required column is refused once, naming them; the template a clerk downloads carries <see cref="ImportHeaders.All"/>,
    /// and a column under any other header is not read.
    /// </summary>
    ImportHeaders Headers { get; }

    /// <summary>The importer the <c>import</c> command uses when no --kind is given (one per module).</summary>
    bool IsDefault => false;

    Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken);
}
