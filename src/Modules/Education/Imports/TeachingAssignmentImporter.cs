using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.TeachingAssignments;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Imports;

/// <summary>
/// Teaching assignments from a CSV or .xlsx file, by the rules of <c>recordEducationTeachingAssignment</c> and, when a row
/// gives the last day, of <c>endEducationTeachingAssignment</c>. An assignment already on file (same teacher, school,
/// subject and first day) is left as it is, so a file imported twice adds nothing; the same one twice in the file is
/// refused. A core-teacher row is checked as the mutation checks it, against the assignments and assessments on file.
/// </summary>
public sealed class TeachingAssignmentImporter(EducationDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IUnitDirectory units, CoreTeacherService coreTeachers, IClock clock, ImportLimits limits)
    : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["personId"] = PersonColumn.Name, ["unitId"] = SchoolColumn.Name, ["title"] = "Môn dạy", ["startedOn"] = "Từ ngày", ["endedOn"] = "Đến ngày",
        ["employment"] = "Hình thức", ["isCoreTeacher"] = "Cốt cán",
    };

    public string Kind => "teaching-assignments";

    public string Title => "Phân công giảng dạy";

    public ImportHeaders Headers { get; } = new([PersonColumn.Name, SchoolColumn.Name, "Môn dạy", "Từ ngày"], ["Đến ngày", "Hình thức", "Cốt cán"]);

    /// <summary>The assignments earlier rows of the check pass would have added, with their row (that pass writes nothing for later chunks to find).</summary>
    private readonly RowsSeenInFile<(Guid Person, Guid Unit, string Subject, DateOnly StartedOn)> _checked = new();

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
        var onFile = (await db.TeachingAssignments.AsNoTracking().Where(t => personIds.Contains(t.PersonId))
                .Select(t => new { t.PersonId, t.UnitId, t.SearchTitle, t.StartedOn }).ToListAsync(cancellationToken))
            .Select(t => (t.PersonId, t.UnitId, t.SearchTitle, t.StartedOn)).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var input = new TeachingAssignmentInput
                {
                    PersonId = teachers.Read(row), Title = row.Required(Columns["title"]), StartedOn = row.Date(Columns["startedOn"]),
                    Employment = row.Text(Columns["employment"]) is null ? null : row.Choice<Employment>(Columns["employment"]),
                    IsCoreTeacher = YesOrNo(row, Columns["isCoreTeacher"]),
                };
                var assignment = TeachingAssignmentRules.New(input, clock.Today);
                assignment.UnitId = schools.Read(row, input.StartedOn).Id;
                if (row.OptionalDate(Columns["endedOn"]) is { } endedOn)
                {
                    TeachingAssignmentRules.End(assignment, endedOn, clock.Today);
                }

                var key = (assignment.PersonId, assignment.UnitId, VietnameseText.Fold(assignment.Title), assignment.StartedOn);
                if (_checked.EarlierRow(pass, key) is { } first)
                {
                    throw new RowRefusedException(Columns["title"], $"Phân công này (cùng giáo viên, trường, môn và ngày bắt đầu) đã có ở dòng {first} của tệp.");
                }

                _checked.Remember(pass, key, rows[i].Number);

                if (!onFile.Add(key))
                {
                    continue;
                }

                teachers.RefuseIfRestricted(assignment.PersonId);

                if (assignment.IsCoreTeacher)
                {
                    var day = assignment.EndedOn is { } ended && ended < clock.Today ? ended : clock.Today;
                    await coreTeachers.RequireEligibleAsync(assignment, day, cancellationToken);
                }

                db.TeachingAssignments.Add(assignment);
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

    /// <summary>"Có"/"x"/"1" or "Không"/empty/"0", as clerks mark a yes-or-no column.</summary>
    internal static bool YesOrNo(ImportCells row, string column) => VietnameseText.Fold(row.Text(column)) switch
    {
        "" or "khong" or "0" or "no" or "false" => false,
        "co" or "x" or "1" or "yes" or "true" => true,
        _ => throw new RowRefusedException(column, $"'{row.Text(column)}' không hợp lệ; ghi 'Có' hoặc 'Không' (để trống là không)."),
    };
}
