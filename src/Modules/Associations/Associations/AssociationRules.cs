using TriThuc.Modules.Associations.Terms;

namespace TriThuc.Modules.Associations.Associations;

/// <summary>The checks an association, its decisions and its charter amendments pass, each refusal naming its field in words a clerk can act on.</summary>
public static class AssociationRules
{
    public const int MaxTitleLength = 300, MaxFieldLength = 200, MaxNumberLength = 50, MaxUserIdLength = 200;

    public const int DefaultGraceDays = 90, MaxGraceDays = 365;

    /// <summary>
    /// The term of current charters (five years, confirmed under Decree 45/2010 and in charters, not yet under Decree
    /// 126/2024); a charter may set another, so it is data. Ten years bounds a typing error, not the law.
    /// </summary>
    public const int DefaultTermYears = 5, MaxTermYears = 10;

    public static Association New(AssociationInput input, Association? parent, DateOnly today)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên hội");
        var field = Require.Text(input.Field, MaxFieldLength, "field", "Lĩnh vực");
        var founding = Require.Text(input.FoundingDecision, MaxNumberLength, "foundingDecision", "Số quyết định thành lập");
        Require.NotAfter(input.FoundedOn, today, "foundedOn");
        if (input.GraceDays is < 0 or > MaxGraceDays)
        {
            throw DomainException.Validation("graceDays", $"Thời gian ân hạn hội phí phải từ 0 đến {MaxGraceDays} ngày.");
        }

        var termYears = RequireTermYears(input.TermYears ?? DefaultTermYears);

        string? charter = null;
        if (input.CharterDecision is { Length: > 0 } || input.CharterApprovedOn is not null)
        {
            charter = Require.Text(input.CharterDecision, MaxNumberLength, "charterDecision", "Số quyết định phê duyệt điều lệ");
            var approved = input.CharterApprovedOn ?? throw DomainException.Validation("charterApprovedOn", "Hãy nhập ngày phê duyệt điều lệ.");
            Require.NotAfter(approved, today, "charterApprovedOn");
            if (approved < input.FoundedOn)
            {
                throw DomainException.Validation("charterApprovedOn", $"Ngày phê duyệt điều lệ không được trước ngày thành lập ({input.FoundedOn:dd/MM/yyyy}).");
            }
        }

        if (input.ParentId is not null && parent?.StatusOn(input.FoundedOn) is not AssociationStatus.Active)
        {
            throw DomainException.Validation("parentId", "Hội cấp trên phải đang hoạt động vào ngày thành lập hội này.");
        }

        return new Association
        {
            Title = title, Kind = input.Kind, ParentId = input.ParentId, Field = field, FoundingDecision = founding, FoundedOn = input.FoundedOn,
            CharterDecision = charter, CharterApprovedOn = charter is null ? null : input.CharterApprovedOn, GraceDays = input.GraceDays ?? DefaultGraceDays,
            TermYears = termYears,
        };
    }

    /// <summary>A status change, dated no earlier than the founding or the last decision, and changing something; a dissolution is final.</summary>
    public static AssociationDecision Decide(Association association, AssociationDecisionInput input, DateOnly today)
    {
        var number = Require.Text(input.Number, MaxNumberLength, "number", "Số quyết định");
        Require.NotAfter(input.DecidedOn, today, "decidedOn");
        if (input.DecidedOn < association.FoundedOn)
        {
            throw DomainException.Validation("decidedOn", $"Ngày quyết định không được trước ngày thành lập hội ({association.FoundedOn:dd/MM/yyyy}).");
        }

        if (association.Decisions.MaxBy(d => d.DecidedOn) is { } last && input.DecidedOn < last.DecidedOn)
        {
            throw DomainException.Validation("decidedOn",
                $"Hội đã có quyết định {last.Number} ngày {last.DecidedOn:dd/MM/yyyy}; quyết định mới không được có hiệu lực trước ngày đó.");
        }

        var status = association.StatusOn(input.DecidedOn);
        if (status == AssociationStatus.Dissolved)
        {
            throw DomainException.Conflict($"{association.Title} đã giải thể; không ghi thêm quyết định.", "status");
        }

        if (status == input.Status)
        {
            throw DomainException.Conflict($"Ngày {input.DecidedOn:dd/MM/yyyy} hội đã ở tình trạng {EnumLabels.Of(input.Status).ToLowerInvariant()}.", "status");
        }

        var decision = new AssociationDecision { AssociationId = association.Id, Status = input.Status, Number = number, DecidedOn = input.DecidedOn };
        association.Decisions.Add(decision);
        return decision;
    }

    /// <summary>
    /// A charter amendment of the term length: dated from the founding to today and after the last amendment, while the
    /// association is not dissolved, changing the length in force. It governs the terms starting on or after its day,
    /// so a recorded term of those longer than the new length refuses it (<paramref name="terms"/>: the association's).
    /// </summary>
    public static CharterAmendment AmendCharter(Association association, CharterAmendmentInput input, IReadOnlyList<Term> terms, DateOnly today)
    {
        var number = Require.Text(input.Number, MaxNumberLength, "number", "Số quyết định phê duyệt điều lệ sửa đổi");
        var termYears = RequireTermYears(input.TermYears);
        Require.NotAfter(input.DecidedOn, today, "decidedOn");
        if (input.DecidedOn < association.FoundedOn)
        {
            throw DomainException.Validation("decidedOn", $"Ngày phê duyệt điều lệ sửa đổi không được trước ngày thành lập hội ({association.FoundedOn:dd/MM/yyyy}).");
        }

        if (association.CharterAmendments.MaxBy(c => c.DecidedOn) is { } last && input.DecidedOn <= last.DecidedOn)
        {
            throw DomainException.Validation("decidedOn",
                $"Điều lệ của hội đã được sửa đổi theo quyết định {last.Number} ngày {last.DecidedOn:dd/MM/yyyy}; lần sửa đổi mới phải có hiệu lực sau ngày đó.");
        }

        if (association.StatusOn(input.DecidedOn) == AssociationStatus.Dissolved)
        {
            throw DomainException.Conflict($"Ngày {input.DecidedOn:dd/MM/yyyy} hội {association.Title} đã giải thể; không ghi sửa đổi điều lệ.", "decidedOn");
        }

        var previous = association.TermYearsOn(input.DecidedOn);
        if (termYears == previous)
        {
            throw DomainException.Conflict($"Ngày {input.DecidedOn:dd/MM/yyyy} điều lệ của hội đã quy định nhiệm kỳ {previous} năm; sửa đổi không thay đổi gì.", "termYears");
        }

        if (terms.Where(t => t.StartsOn >= input.DecidedOn).OrderBy(t => t.StartsOn).FirstOrDefault(t => t.EndsOn > t.StartsOn.AddYears(termYears)) is { } longer)
        {
            throw DomainException.Conflict(
                $"Nhiệm kỳ {longer.Title} ({longer.StartsOn:dd/MM/yyyy}–{longer.EndsOn:dd/MM/yyyy}) bắt đầu từ ngày điều lệ sửa đổi có hiệu lực nhưng dài hơn {termYears} năm. "
                + "Nhiệm kỳ bắt đầu trước ngày hiệu lực giữ độ dài theo điều lệ cũ; hãy kiểm tra lại ngày hiệu lực của quyết định.", "decidedOn");
        }

        var amendment = new CharterAmendment { AssociationId = association.Id, TermYears = termYears, PreviousTermYears = previous, Number = number, DecidedOn = input.DecidedOn };
        association.CharterAmendments.Add(amendment);
        return amendment;
    }

    private static int RequireTermYears(int years) =>
        years is < 1 or > MaxTermYears
            ? throw DomainException.Validation("termYears", $"Nhiệm kỳ theo điều lệ phải từ 1 đến {MaxTermYears} năm (thường là {DefaultTermYears} năm).")
            : years;
}
