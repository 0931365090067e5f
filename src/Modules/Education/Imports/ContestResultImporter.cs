using System.Globalization;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.Gifted;

namespace TriThuc.Modules.Education.Imports;

/// <summary>
/// Contest results (entries with their scores and prizes) from a CSV or .xlsx file, by the rules of
/// <c>recordEducationContestEntry</c>. The contest is named by its title and the day it was held, the pupil by the id the
/// module gave them (pupils are children and are recorded one by one, with their legal basis, before their results). One
/// subject per pupil per contest: an entry already on file with the same subject, score and prize is left as it is (so a
/// file imported twice adds nothing), any other is refused, as is the same pupil twice in one contest in the file, and a
/// new entry of a pupil linked to a Registry record whose processing is restricted.
/// </summary>
public sealed class ContestResultImporter(EducationDbContext db, ImportLimits limits, IProcessingRestrictions restrictions) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["contestId"] = "Kỳ thi", ["heldOn"] = "Ngày thi", ["pupilId"] = "Mã học sinh", ["subject"] = "Môn thi", ["score"] = "Điểm", ["prize"] = "Giải",
        ["teamId"] = "Đội tuyển",
    };

    public string Kind => "contest-results";

    public string Title => "Kết quả thi học sinh giỏi";

    public ImportHeaders Headers { get; } = new(["Kỳ thi", "Ngày thi", "Mã học sinh", "Môn thi"], ["Điểm", "Giải", "Đội tuyển"]);

    /// <summary>The pupils earlier rows of the check pass would have entered, by contest, with their row.</summary>
    private readonly RowsSeenInFile<(Guid Contest, Guid Pupil)> _checked = new();

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var titles = cells.Select(c => VietnameseText.Fold(c.Text(Columns["contestId"]))).Where(t => t.Length > 0).Distinct().ToList();
        var contests = await db.Contests.AsNoTracking().Where(c => titles.Contains(c.SearchTitle)).ToListAsync(cancellationToken);
        var contestIds = contests.Select(c => c.Id).ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => contestIds.Contains(t.ContestId)).ToListAsync(cancellationToken);
        var pupilIds = cells.Select(c => Guid.TryParse(c.Text(Columns["pupilId"]), out var id) ? id : Guid.Empty).Distinct().ToList();
        var pupils = await db.Pupils.AsNoTracking().Where(p => pupilIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.LinkedPersonId, cancellationToken);
        var restricted = await restrictions.RestrictedAmongAsync([.. pupils.Values.OfType<Guid>().Select(id => id.ToString())], cancellationToken);
        var onFile = (await db.Entries.AsNoTracking().Where(e => contestIds.Contains(e.ContestId) && pupilIds.Contains(e.PupilId)).ToListAsync(cancellationToken))
            .ToDictionary(e => (e.ContestId, e.PupilId));
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var contest = ContestOf(row, contests);
                var pupilText = row.Required(Columns["pupilId"]);
                var pupil = Guid.TryParse(pupilText, out var pupilId) && pupils.ContainsKey(pupilId)
                    ? pupilId
                    : throw new RowRefusedException(Columns["pupilId"], $"Không có học sinh mang mã '{pupilText}'; hãy ghi hồ sơ học sinh trước khi nhập kết quả.");
                var subject = row.Required(Columns["subject"]);
                Team? team = null;
                if (TeachingAssignmentImporter.YesOrNo(row, Columns["teamId"]))
                {
                    team = teams.FirstOrDefault(t => t.ContestId == contest.Id && string.Equals(t.Subject, subject.Trim(), StringComparison.OrdinalIgnoreCase))
                        ?? throw new RowRefusedException(Columns["teamId"], $"Kỳ thi '{contest.Title}' chưa có đội tuyển môn '{subject}'; hãy lập đội tuyển trước hoặc để trống cột này.");
                }

                var entry = GiftedRules.NewEntry(new EntryInput { ContestId = contest.Id, PupilId = pupil, TeamId = team?.Id, Subject = subject, Score = ScoreOf(row), Prize = PrizeOf(row) }, team);
                var key = (contest.Id, pupil);
                if (_checked.EarlierRow(pass, key) is { } first)
                {
                    throw new RowRefusedException(Columns["pupilId"], $"Học sinh này đã có kết quả kỳ thi '{contest.Title}' ở dòng {first} của tệp; mỗi học sinh chỉ dự thi một môn trong một kỳ thi.");
                }

                _checked.Remember(pass, key, rows[i].Number);

                if (onFile.TryGetValue(key, out var kept))
                {
                    if (string.Equals(kept.Subject, entry.Subject, StringComparison.OrdinalIgnoreCase) && kept.Score == entry.Score && kept.Prize == entry.Prize && kept.TeamId == entry.TeamId)
                    {
                        continue;
                    }

                    throw new RowRefusedException(Columns["pupilId"], $"Học sinh này đã có kết quả môn '{kept.Subject}' trong kỳ thi '{contest.Title}' khác với dòng này; mỗi học sinh chỉ dự thi một môn trong một kỳ thi — hãy sửa kết quả đã ghi thay vì nhập lại.");
                }

                if (pupils[pupil] is { } linked && restricted.Contains(linked.ToString()))
                {
                    throw new RowRefusedException(Columns["pupilId"],
                        "Học sinh này được liên kết với hồ sơ trí thức đang bị hạn chế xử lý theo yêu cầu của chủ thể dữ liệu: không được thêm kết quả thi mới. Hãy liên hệ quản trị viên.");
                }

                db.Entries.Add(entry);
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

    /// <summary>The contest with this title (diacritics and case aside) held on the given day.</summary>
    private static Contest ContestOf(ImportCells row, IReadOnlyList<Contest> contests)
    {
        var title = row.Required(Columns["contestId"]);
        var heldOn = row.Date(Columns["heldOn"]);
        var matching = contests.Where(c => c.SearchTitle == VietnameseText.Fold(title) && c.HeldOn == heldOn).ToList();
        return matching.Count switch
        {
            1 => matching[0],
            0 => throw new RowRefusedException(Columns["contestId"], $"Không có kỳ thi '{title}' thi ngày {heldOn:dd/MM/yyyy}; hãy ghi kỳ thi trước khi nhập kết quả."),
            _ => throw new RowRefusedException(Columns["contestId"], $"Có {matching.Count} kỳ thi '{title}' thi ngày {heldOn:dd/MM/yyyy}; hãy ghi kết quả trên trang kỳ thi."),
        };
    }

    /// <summary>A score as clerks write it: "17,5" or "17.5"; empty when the row gives none.</summary>
    private static decimal? ScoreOf(ImportCells row)
    {
        var text = row.Text(Columns["score"]);
        return text is null ? null
            : decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var score) ? score
            : throw new RowRefusedException(Columns["score"], $"'{text}' không phải một điểm số (ví dụ 17,5).");
    }

    /// <summary>"Nhất", "Giải Nhì", "ba", "KK" or "Khuyến khích"; empty when no prize was won.</summary>
    private static Prize? PrizeOf(ImportCells row)
    {
        var text = row.Text(Columns["prize"]);
        var folded = VietnameseText.Fold(text);
        folded = folded.StartsWith("giai ", StringComparison.Ordinal) ? folded[5..].Trim() : folded;
        return folded switch
        {
            "" or "khong" => null,
            "kk" => Prize.Consolation,
            _ => EnumLabels.All<Prize>().Where(p => VietnameseText.Fold(p.Value) == $"giai {folded}").Select(p => (Prize?)p.Key).FirstOrDefault()
                ?? row.Choice<Prize>(Columns["prize"]),
        };
    }
}
