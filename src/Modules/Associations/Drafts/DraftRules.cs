namespace TriThuc.Modules.Associations.Drafts;

/// <summary>
/// The rules of comments on drafts: a window that closes after it opens and in the future; paragraphs fixed once the
/// window opens; comments only while it is open, by the server's clock; one disposition per comment, with an
/// explanation unless accepted; the summary once, after the window closes and every comment is disposed of.
/// </summary>
public static class DraftRules
{
    public const int MaxTitleLength = 500, MaxParagraphs = 500, MaxParagraphLength = 10_000, MaxCommentLength = 10_000,
        MaxContactLength = 200, MaxExplanationLength = 10_000, MaxSummaryLength = 50_000;

    public static Draft New(DraftInput input, DateTimeOffset now, TimeSpan minimumWindow)
    {
        var opensAt = input.OpensAt.ToUniversalTime();
        var closesAt = input.ClosesAt.ToUniversalTime();
        if (closesAt <= opensAt)
        {
            throw DomainException.Validation("closesAt", "Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.");
        }

        if (closesAt <= now)
        {
            throw DomainException.Validation("closesAt", "Thời điểm kết thúc lấy ý kiến đã qua; hãy chọn một thời điểm trong tương lai.");
        }

        if (closesAt - opensAt < minimumWindow)
        {
            throw DomainException.Validation("closesAt",
                $"Thời gian lấy ý kiến phải ít nhất {Duration(minimumWindow)} (từ {Local(opensAt)}: kết thúc không sớm hơn {Local(opensAt + minimumWindow)}).");
        }

        var draft = new Draft { AgencyUnitId = input.AgencyUnitId, OpensAt = opensAt, ClosesAt = closesAt };
        Write(draft, input.Title, input.Paragraphs);
        return draft;
    }

    /// <summary>New title and paragraphs, replacing the old ones; refused once the window has opened.</summary>
    public static IReadOnlyList<DraftParagraph> Revise(Draft draft, DraftRevisionInput input, DateTimeOffset now)
    {
        if (now >= draft.OpensAt)
        {
            throw DomainException.Conflict(
                $"Dự thảo đã mở lấy ý kiến từ {Local(draft.OpensAt)}; nội dung các đoạn không được sửa nữa. Hãy đăng một dự thảo mới nếu cần.", "id");
        }

        var old = draft.Paragraphs.ToList();
        draft.Paragraphs.Clear();
        Write(draft, input.Title, input.Paragraphs);
        return old;
    }

    public static DraftComment Comment(Draft draft, DraftParagraph paragraph, Guid personId, DraftCommentInput input, DateTimeOffset now)
    {
        if (now < draft.OpensAt)
        {
            throw DomainException.Conflict($"Dự thảo chưa mở lấy ý kiến: thời gian góp ý bắt đầu từ {Local(draft.OpensAt)}.", "paragraphId");
        }

        if (now >= draft.ClosesAt)
        {
            throw DomainException.Conflict($"Đã hết thời gian góp ý dự thảo (kết thúc lúc {Local(draft.ClosesAt)}); ý kiến không được nhận.", "paragraphId");
        }

        var text = Require.Text(input.Text, MaxCommentLength, "text", "Nội dung góp ý");
        var contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim();
        if (contact is { Length: > MaxContactLength } || (contact is not null && contact.Any(char.IsControl)))
        {
            throw DomainException.Validation("contact", $"Thông tin liên hệ (thư điện tử hoặc số điện thoại) tối đa {MaxContactLength} ký tự, không có ký tự điều khiển.");
        }

        return new DraftComment { DraftId = draft.Id, ParagraphId = paragraph.Id, PersonId = personId, Text = text, Contact = contact };
    }

    public static CommentDisposition Dispose(Draft draft, DraftComment comment, DispositionInput input)
    {
        if (draft.SummaryPublishedAt is { } published)
        {
            throw DomainException.Conflict($"Báo cáo tổng hợp đã công bố lúc {Local(published)}; không ghi thêm việc xử lý ý kiến.", "id");
        }

        if (comment.Disposition is not null)
        {
            throw DomainException.Conflict("Ý kiến này đã được xử lý; mỗi ý kiến chỉ ghi việc xử lý một lần.", "id");
        }

        var explanation = (input.Explanation ?? "").Trim();
        if (input.Kind != DispositionKind.Accepted && explanation.Length == 0)
        {
            throw DomainException.Validation("explanation", "Ý kiến không tiếp thu hoặc tiếp thu một phần cần có giải trình.");
        }

        if (explanation.Length > MaxExplanationLength)
        {
            throw DomainException.Validation("explanation", $"Giải trình tối đa {MaxExplanationLength} ký tự.");
        }

        var disposition = new CommentDisposition { CommentId = comment.Id, Kind = input.Kind, Explanation = explanation };
        comment.Disposition = disposition;
        return disposition;
    }

    public static void PublishSummary(Draft draft, IReadOnlyList<DraftComment> comments, string? summary, DateTimeOffset now)
    {
        if (draft.SummaryPublishedAt is { } published)
        {
            throw DomainException.Conflict($"Báo cáo tổng hợp đã công bố lúc {Local(published)} và không sửa được.", "id");
        }

        if (now < draft.ClosesAt)
        {
            throw DomainException.Conflict($"Chưa hết thời gian góp ý (kết thúc lúc {Local(draft.ClosesAt)}); công bố báo cáo tổng hợp sau đó.", "id");
        }

        var open = comments.Count(c => c.Disposition is null);
        if (open > 0)
        {
            throw DomainException.Conflict($"Còn {open} ý kiến chưa được xử lý; hãy ghi việc tiếp thu hoặc giải trình từng ý kiến trước khi công bố.", "id");
        }

        draft.Summary = Require.Text(summary, MaxSummaryLength, "summary", "Báo cáo tổng hợp ý kiến");
        draft.SummaryPublishedAt = now;
    }

    private static void Write(Draft draft, string? title, IReadOnlyList<string>? paragraphs)
    {
        draft.Title = Require.Text(title, MaxTitleLength, "title", "Tên dự thảo");
        var items = (paragraphs ?? []).Select(p => p?.Trim() ?? "").ToList();
        if (items.Count is 0 or > MaxParagraphs || items.Any(p => p.Length is 0 or > MaxParagraphLength))
        {
            throw DomainException.Validation("paragraphs",
                $"Dự thảo cần từ 1 đến {MaxParagraphs} đoạn, mỗi đoạn có nội dung, tối đa {MaxParagraphLength} ký tự.");
        }

        draft.Paragraphs.AddRange(items.Select((text, i) => new DraftParagraph { DraftId = draft.Id, Number = i + 1, Text = text }));
    }

    private static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0 ? $"{span.TotalDays:0} ngày" : $"{span.TotalMinutes:0} phút";

    // Shown to clerks in the province's time (UTC+7), as they read clocks.
    private static string Local(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy");
}
