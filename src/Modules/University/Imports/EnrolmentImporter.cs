using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Courses;
using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Enrolments;

namespace TriThuc.Modules.University.Imports;

/// <summary>
/// Enrolments from a CSV or .xlsx file, by the rules of <c>enrolUniversityCourseLearner</c> and, when a row gives
/// attendance or a result, of <c>recordUniversityEnrolmentResult</c> (a pass is reported to the Registry as the mutation
/// reports it). A course has no code: it is named by its title and its first day. A learner already on the course is left
/// as they are (so a file imported twice adds nothing); the same learner twice on one course in the file is refused.
/// </summary>
public sealed class EnrolmentImporter(UniversityDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["course"] = "Tên khóa học", ["courseStart"] = "Ngày khai giảng", ["personId"] = PersonColumn.Name, ["enrolledOn"] = "Ngày ghi danh",
        ["attendedHours"] = "Số tiết tham dự", ["result"] = "Kết quả", ["certificate"] = "Số chứng chỉ",
    };

    public string Kind => "enrolments";

    public string Title => "Học viên các khóa bồi dưỡng";

    public ImportHeaders Headers { get; } = new(["Tên khóa học", "Ngày khai giảng", PersonColumn.Name, "Ngày ghi danh"], ["Số tiết tham dự", "Kết quả", "Số chứng chỉ"]);

    /// <summary>The learners earlier rows of the check pass would have enrolled, with their row (that pass writes nothing for later chunks to find).</summary>
    private readonly RowsSeenInFile<(Guid Course, Guid Person)> _checked = new();

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var learners = new PersonColumn(people, restrictions);
        await learners.LoadAsync(cells, cancellationToken);
        var titles = cells.Select(c => VietnameseText.Fold(c.Text(Columns["course"]))).Where(t => t.Length > 0).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => titles.Contains(c.SearchTitle)).ToListAsync(cancellationToken);
        var courseIds = courses.Select(c => c.Id).ToList();
        var onFile = (await db.Enrolments.AsNoTracking().Where(e => courseIds.Contains(e.CourseId)).Select(e => new { e.CourseId, e.PersonId })
            .ToListAsync(cancellationToken)).Select(e => (e.CourseId, e.PersonId)).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var course = CourseOf(row, courses);
                var enrolment = EnrolmentRules.New(new EnrolmentInput { CourseId = course.Id, PersonId = learners.Read(row), EnrolledOn = row.Date(Columns["enrolledOn"]) }, course, clock.Today);
                var outcome = Outcome(row);
                var key = (course.Id, enrolment.PersonId);
                if (_checked.EarlierRow(pass, key) is { } first)
                {
                    throw new RowRefusedException(PersonColumn.Name, $"Trí thức này đã được ghi danh khóa '{course.Title}' ở dòng {first} của tệp.");
                }

                if (!onFile.Contains(key))
                {
                    learners.RefuseIfRestricted(enrolment.PersonId);
                    if (outcome is not null)
                    {
                        EnrolmentService.RecordResult(db, enrolment, course, outcome, clock.Today);
                    }

                    db.Enrolments.Add(enrolment);
                    report.Created++;
                }
                else if (outcome is not null)
                {
                    // The learner is on the course already and stays as they are; the row is still checked.
                    EnrolmentRules.RecordResult(enrolment, course, outcome, clock.Today);
                }

                onFile.Add(key);
                _checked.Remember(pass, key, rows[i].Number);
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

    /// <summary>The course with this title (diacritics and case aside) that starts on the given day.</summary>
    private static Course CourseOf(ImportCells row, IReadOnlyList<Course> courses)
    {
        var title = row.Required(Columns["course"]);
        var start = row.Date(Columns["courseStart"]);
        var matching = courses.Where(c => c.SearchTitle == VietnameseText.Fold(title) && c.StartDate == start).ToList();
        return matching.Count switch
        {
            1 => matching[0],
            0 => throw new RowRefusedException(Columns["course"], $"Không có khóa học '{title}' khai giảng ngày {start:dd/MM/yyyy}; hãy mở khóa học trước khi nhập học viên."),
            _ => throw new RowRefusedException(Columns["course"], $"Có {matching.Count} khóa học '{title}' khai giảng ngày {start:dd/MM/yyyy}; hãy ghi danh từng người trên trang khóa học."),
        };
    }

    /// <summary>Attendance and result when the row gives either; a result needs the hours attended.</summary>
    private static EnrolmentResultInput? Outcome(ImportCells row)
    {
        var hours = row.Text(Columns["attendedHours"]) is null ? (int?)null : row.Number(Columns["attendedHours"]);
        var result = row.Text(Columns["result"]) is null ? (EnrolmentResult?)null : ResultOf(row);
        if (hours is null && result is null)
        {
            return row.Text(Columns["certificate"]) is null
                ? null
                : throw new RowRefusedException(Columns["result"], "Có số chứng chỉ nhưng thiếu kết quả.");
        }

        return new EnrolmentResultInput
        {
            AttendedHours = hours ?? throw new RowRefusedException(Columns["attendedHours"], "Có kết quả thì cần số tiết tham dự."),
            Result = result ?? EnrolmentResult.Enrolled, Certificate = row.Text(Columns["certificate"]),
        };
    }

    /// <summary>A result as a clerk writes it: "Đạt", "Không đạt", "Bỏ học" (the label's words before its note), or its full label or code.</summary>
    private static EnrolmentResult ResultOf(ImportCells row)
    {
        var folded = VietnameseText.Fold(row.Text(Columns["result"]));
        foreach (var (value, label) in EnumLabels.All<EnrolmentResult>())
        {
            var words = label.Split('(')[0].Split(',').Select(VietnameseText.Fold).Select(w => w.Trim());
            if (words.Contains(folded))
            {
                return value;
            }
        }

        return row.Choice<EnrolmentResult>(Columns["result"]);
    }
}
