using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Imports;

/// <summary>
/// Principals' (final) professional-standard assessments from a CSV or .xlsx file, one row a teacher and school year, the
/// 15 criteria in the circular's order, by the rules of <c>recordEducationPrincipalAssessment</c>. The model's order holds:
/// the teacher rates first. A row finalises the teacher's own rating on file; when there is none, the row must carry the
/// teacher's ratings too ("Tự đánh giá tiêu chí 1…15"), which it records first. An assessment the principal has rated
/// already is left as it is when the row gives the same ratings (so a file imported twice changes nothing) and refused
/// when it gives others. An "Xếp loại" column, when given, must be the level the circular's rule gives.
/// </summary>
public sealed class StandardAssessmentImporter(EducationDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IUnitDirectory units, IClock clock, ImportLimits limits) : IFileImporter
{
    private const string YearColumn = "Năm học";
    private const string LevelColumn = "Xếp loại";

    private static readonly string[] Final = [.. Enumerable.Range(1, OverallLevelRule.CriterionCount).Select(i => $"Tiêu chí {i}")];
    private static readonly string[] Self = [.. Enumerable.Range(1, OverallLevelRule.CriterionCount).Select(i => $"Tự đánh giá tiêu chí {i}")];

    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["personId"] = PersonColumn.Name, ["unitId"] = SchoolColumn.Name, ["schoolYear"] = YearColumn, ["ratings"] = Final[0],
    };

    public string Kind => "standard-assessments";

    public string Title => "Đánh giá giáo viên theo chuẩn nghề nghiệp";

    public ImportHeaders Headers { get; } = new([PersonColumn.Name, SchoolColumn.Name, YearColumn, .. Final], [LevelColumn, .. Self]);

    /// <summary>The teachers and school years earlier rows of the check pass would have rated, with their row.</summary>
    private readonly RowsSeenInFile<(Guid Person, int Year)> _checked = new();

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var teachers = new PersonColumn(people, restrictions);
        await teachers.LoadAsync(cells, cancellationToken);
        var schools = new SchoolColumn(units);
        await schools.LoadAsync(cancellationToken);
        var personIds = teachers.Ids;
        var onFile = (await db.StandardAssessments.Where(a => personIds.Contains(a.PersonId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.PersonId, a.SchoolYear));
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var person = teachers.Read(row);
                var unit = schools.Read(row, clock.Today);
                var year = SchoolYearOf(row);
                StandardAssessmentRules.RequireSchoolYear(year, clock.Today);
                var ratings = Ratings(row, Final);
                var level = OverallLevelRule.Classify(ratings);
                if (row.Text(LevelColumn) is not null && LevelOf(row) != level)
                {
                    throw new RowRefusedException(LevelColumn, $"Xếp loại '{row.Text(LevelColumn)}' không khớp xếp loại tính theo Thông tư 20/2018/TT-BGDĐT từ các tiêu chí: '{EnumLabels.Of(level)}'; hãy kiểm tra lại các tiêu chí.");
                }

                var key = (person, year);
                if (_checked.EarlierRow(pass, key) is { } first)
                {
                    throw new RowRefusedException(YearColumn, $"Giáo viên này đã có đánh giá năm học {StandardAssessmentRules.Year(year)} ở dòng {first} của tệp; mỗi giáo viên một phiếu một năm học.");
                }

                _checked.Remember(pass, key, rows[i].Number);

                var selfGiven = Self.Any(c => row.Text(c) is not null);
                if (onFile.TryGetValue(key, out var assessment))
                {
                    if (selfGiven)
                    {
                        throw new RowRefusedException(Self[0], $"Giáo viên đã tự đánh giá năm học {StandardAssessmentRules.Year(year)} trên hệ thống; để trống các cột tự đánh giá.");
                    }

                    if (assessment.FinalRatings == StandardAssessment.Encode(ratings))
                    {
                        continue;
                    }
                }
                else if (!selfGiven)
                {
                    throw new RowRefusedException(Self[0], $"Giáo viên chưa tự đánh giá năm học {StandardAssessmentRules.Year(year)}: hiệu trưởng đánh giá sau khi giáo viên tự đánh giá, nên cần các cột tự đánh giá.");
                }

                teachers.RefuseIfRestricted(person);
                if (assessment is null)
                {
                    assessment = new StandardAssessment();
                    StandardAssessmentRules.RateSelf(assessment, new StandardAssessmentInput { PersonId = person, UnitId = unit.Id, SchoolYear = year, Ratings = Ratings(row, Self) });
                    db.StandardAssessments.Add(assessment);
                }

                StandardAssessmentRules.RateFinally(assessment, ratings, clock.Today);
                report.Created++;
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>"2025" or "2025-2026" (or "2025–2026"): the year the school year starts.</summary>
    private static int SchoolYearOf(ImportCells row)
    {
        var text = row.Required(YearColumn);
        var parts = text.Split(['-', '–', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 1 or 2 && int.TryParse(parts[0], out var start) && (parts.Length == 1 || int.TryParse(parts[1], out var end) && end == start + 1)
            ? start
            : throw new RowRefusedException(YearColumn, $"'{text}' không phải năm học; ghi năm bắt đầu (2025) hoặc cả năm học (2025-2026).");
    }

    /// <summary>A level as clerks write it: the criterion words ("Tốt", "Khá", "Đạt", "Chưa đạt") or the level's full label.</summary>
    private static OverallLevel LevelOf(ImportCells row) =>
        EnumLabels.TryParse<CriterionRating>(row.Text(LevelColumn), out var word) ? (OverallLevel)(int)word : row.Choice<OverallLevel>(LevelColumn);

    private static IReadOnlyList<CriterionRating> Ratings(ImportCells row, IEnumerable<string> columns) => [.. columns.Select(row.Choice<CriterionRating>)];
}
