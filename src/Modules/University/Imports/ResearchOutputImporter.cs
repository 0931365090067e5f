using System.Text.RegularExpressions;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Research;

namespace TriThuc.Modules.University.Imports;

/// <summary>
/// Research outputs from a CSV or .xlsx file, by the rules of <c>recordUniversityResearchOutput</c> (DOI, ISSN and ORCID
/// checked and stored in their standard forms). The authors are one cell, in order, separated by ';': a Registry id (as in
/// the <see cref="PersonColumn"/>) or a name, either followed by an ORCID iD in brackets, and '*' after the corresponding
/// author — <c>0f8b…; John Smith (0000-0002-1825-0097)*</c>. An output already on file (the same DOI, or without a DOI the
/// same title and year) is left as it is, so a file imported twice adds nothing; the same output twice in a file is refused.
/// </summary>
public sealed partial class ResearchOutputImporter(UniversityDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["title"] = "Tên công trình", ["kind"] = "Loại công trình", ["year"] = "Năm", ["authors"] = "Tác giả", ["venue"] = "Nơi công bố",
        ["doi"] = "DOI", ["issn"] = "ISSN", ["fieldCode"] = "Mã lĩnh vực", ["keywords"] = "Từ khóa",
    };

    public string Kind => "research-outputs";

    public string Title => "Kết quả nghiên cứu khoa học";

    public ImportHeaders Headers { get; } = new(["Tên công trình", "Loại công trình", "Năm", "Tác giả"], ["Nơi công bố", "DOI", "ISSN", "Mã lĩnh vực", "Từ khóa"]);

    /// <summary>The outputs earlier rows of the check pass would have added, with their row (that pass writes nothing for later chunks to find).</summary>
    private readonly RowsSeenInFile<string> _checked = new();

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var registry = new PersonColumn(people, restrictions);
        await registry.LoadAsync(cells.SelectMany(c => Entries(c.Text(Columns["authors"])).Select(e => e.Who)), cancellationToken);
        var read = new List<(int Row, ResearchOutput Output)>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                read.Add((rows[i].Number, ResearchOutputRules.New(new ResearchOutputInput
                {
                    Title = row.Required(Columns["title"]), Kind = row.Choice<ResearchOutputKind>(Columns["kind"]), Year = row.Number(Columns["year"]),
                    Venue = row.Text(Columns["venue"]), Doi = row.Text(Columns["doi"]), Issn = row.Text(Columns["issn"]), FieldCode = row.Text(Columns["fieldCode"]),
                    Keywords = (row.Text(Columns["keywords"]) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    Authors = Authors(row.Required(Columns["authors"]), registry),
                }, clock.Today)));
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var dois = read.Where(r => r.Output.Doi is not null).Select(r => r.Output.Doi!.ToLower()).Distinct().ToList();
        var titles = read.Select(r => r.Output.SearchTitle).Distinct().ToList();
        var onFile = (await db.ResearchOutputs.AsNoTracking().Where(o => (o.Doi != null && dois.Contains(o.Doi.ToLower())) || titles.Contains(o.SearchTitle))
            .Select(o => new { o.Doi, o.SearchTitle, o.Year }).ToListAsync(cancellationToken))
            .SelectMany(o => new[] { o.Doi is null ? null : KeyOfDoi(o.Doi), KeyOfTitle(o.SearchTitle, o.Year) }).OfType<string>().ToHashSet();
        foreach (var (number, output) in read)
        {
            var key = output.Doi is null ? KeyOfTitle(output.SearchTitle, output.Year) : KeyOfDoi(output.Doi);
            if (_checked.EarlierRow(pass, key) is { } first)
            {
                report.Problems.Add(new ImportProblem(number, output.Doi is null ? Columns["title"] : Columns["doi"],
                    $"Công trình này đã có ở dòng {first} của tệp ({(output.Doi is null ? "cùng tên và năm" : $"cùng DOI {output.Doi}")})."));
                continue;
            }

            _checked.Remember(pass, key, number);

            if (onFile.Add(key))
            {
                if (output.Authors.FirstOrDefault(a => a.PersonId is { } id && registry.IsRestricted(id)) is { } restricted)
                {
                    report.Problems.Add(new ImportProblem(number, Columns["authors"], $"Tác giả mang mã {restricted.PersonId}: {RestrictedProcessing.Message}"));
                    continue;
                }

                db.ResearchOutputs.Add(output);
                report.Created++;
            }
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static string KeyOfDoi(string doi) => "doi:" + doi.ToLowerInvariant();

    private static string KeyOfTitle(string searchTitle, int year) => $"title:{year}:{searchTitle}";

    /// <summary>The authors of the cell in order; one author alone is the corresponding author without a '*'.</summary>
    private static List<ResearchAuthorInput> Authors(string cell, PersonColumn registry)
    {
        var entries = Entries(cell).ToList();
        return entries.Select(e =>
        {
            var person = Guid.TryParse(e.Who, out _) ? registry.Read(e.Who, Columns["authors"]) : (Guid?)null;
            return new ResearchAuthorInput
            {
                PersonId = person, ExternalName = person is null ? e.Who : null, Orcid = e.Orcid, IsCorresponding = e.Corresponding || entries.Count == 1,
            };
        }).ToList();
    }

    /// <summary>The cell's entries: who (an id or a name), the ORCID iD in brackets, and the '*' of the corresponding author.</summary>
    private static IEnumerable<(string Who, string? Orcid, bool Corresponding)> Entries(string? cell)
    {
        foreach (var part in (cell ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var corresponding = part.EndsWith('*') || part.StartsWith('*');
            var text = part.Trim('*', ' ');
            var match = WithOrcid().Match(text);
            yield return match.Success ? (match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim(), corresponding) : (text, null, corresponding);
        }
    }

    [GeneratedRegex(@"^(.*?)\s*[\(\[]([^\)\]]*)[\)\]]$")]
    private static partial Regex WithOrcid();
}
