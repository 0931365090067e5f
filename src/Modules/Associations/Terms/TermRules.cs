using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Members;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>
/// Terms follow one another without overlapping, within the association's life and no longer than the term of the
/// charter in force on their first day (<see cref="Association.TermYearsOn"/>); leaders are official members (associate
/// and honorary members are not eligible for boards). A seat runs from the appointment to the day its holder leaves it,
/// or to the term's end. One person holds at most one seat at a time in a term (promoted, they leave the old seat the
/// day before the new one), and a term has one president and one general secretary at a time.
/// </summary>
public static class TermRules
{
    public const int MaxTitleLength = 100, MaxReasonLength = 500;

    public static Term New(TermInput input, Association association, IReadOnlyList<Term> existing)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên nhiệm kỳ");
        var decision = Require.Text(input.CongressDecision, AssociationRules.MaxNumberLength, "congressDecision", "Số nghị quyết hoặc quyết định công nhận đại hội");
        // The charter in force on the first day governs the term: an amendment after it leaves a started term as it began.
        var years = association.TermYearsOn(input.StartsOn);
        if (input.EndsOn <= input.StartsOn || input.EndsOn > input.StartsOn.AddYears(years))
        {
            throw DomainException.Validation("endsOn",
                $"Nhiệm kỳ phải kết thúc sau ngày bắt đầu và kéo dài không quá {years} năm theo điều lệ của {association.Title} có hiệu lực ngày {input.StartsOn:dd/MM/yyyy} (đến {input.StartsOn.AddYears(years):dd/MM/yyyy}).");
        }

        if (association.StatusOn(input.StartsOn) is not AssociationStatus.Active)
        {
            throw DomainException.Validation("startsOn", $"Ngày {input.StartsOn:dd/MM/yyyy} hội {association.Title} không hoạt động; không mở nhiệm kỳ được.");
        }

        if (existing.FirstOrDefault(t => t.StartsOn <= input.EndsOn && input.StartsOn <= t.EndsOn) is { } overlapping)
        {
            throw DomainException.Conflict(
                $"Nhiệm kỳ {overlapping.Title} ({overlapping.StartsOn:dd/MM/yyyy}–{overlapping.EndsOn:dd/MM/yyyy}) trùng thời gian; nhiệm kỳ mới phải bắt đầu sau ngày đó.", "startsOn");
        }

        return new Term { AssociationId = association.Id, Title = title, CongressDecision = decision, StartsOn = input.StartsOn, EndsOn = input.EndsOn };
    }

    public static TermLeader Appoint(Term term, LeaderInput input, IReadOnlyList<Member> memberships)
    {
        if (input.AppointedOn < term.StartsOn || input.AppointedOn > term.EndsOn)
        {
            throw DomainException.Validation("appointedOn", $"Ngày bầu hoặc bổ nhiệm phải trong nhiệm kỳ {term.Title} ({term.StartsOn:dd/MM/yyyy}–{term.EndsOn:dd/MM/yyyy}).");
        }

        var official = memberships.Any(m => m.Kind == MemberKind.Official && m.JoinedOn <= input.AppointedOn && (m.LeftOn is null || m.LeftOn >= input.AppointedOn));
        if (!official)
        {
            throw DomainException.Validation("personId", "Người vào ban lãnh đạo phải là hội viên chính thức của hội vào ngày bầu; hội viên liên kết và danh dự không ứng cử vào ban lãnh đạo.");
        }

        // The new seat runs from its appointment to the term's end: any seat still held on or after that day overlaps it.
        bool Overlaps(TermLeader seat) => seat.AppointedOn <= term.EndsOn && input.AppointedOn <= seat.HeldUntil(term);
        if (term.Leaders.Where(l => l.PersonId == input.PersonId).FirstOrDefault(Overlaps) is { } held)
        {
            throw DomainException.Conflict(
                $"Người này giữ chức {EnumLabels.Of(held.Role)} trong nhiệm kỳ {term.Title} từ {held.AppointedOn:dd/MM/yyyy}{Until(held)}, trùng thời gian với chức mới; mỗi người giữ một chức danh một lúc. "
                + $"Nếu được bầu chức mới, hãy ghi ngày thôi giữ chức cũ (trước ngày {input.AppointedOn:dd/MM/yyyy}) rồi ghi chức mới.", "personId");
        }

        if (input.Role is LeaderRole.President or LeaderRole.GeneralSecretary && term.Leaders.Where(l => l.Role == input.Role).FirstOrDefault(Overlaps) is { } other)
        {
            throw DomainException.Conflict(
                $"Nhiệm kỳ {term.Title} đã có {EnumLabels.Of(input.Role)} từ {other.AppointedOn:dd/MM/yyyy}{Until(other)}; chức danh này chỉ một người giữ một lúc. "
                + "Người kế nhiệm giữ chức từ ngày sau ngày người trước thôi giữ chức (hãy ghi ngày đó trước).", "role");
        }

        var leader = new TermLeader { TermId = term.Id, PersonId = input.PersonId, Role = input.Role, AppointedOn = input.AppointedOn };
        term.Leaders.Add(leader);
        return leader;
    }

    /// <summary>A leader leaves the seat: dated within the seat and the term, not after today, with a reason; once.</summary>
    public static void Leave(Term term, TermLeader seat, LeaderLeaveInput input, DateOnly today)
    {
        if (seat.LeftOn is { } left)
        {
            throw DomainException.Conflict($"Người này đã thôi giữ chức {EnumLabels.Of(seat.Role)}, ngày cuối cùng giữ chức {left:dd/MM/yyyy} ({seat.LeftReason}).", "leftOn");
        }

        var reason = Require.Text(input.Reason, MaxReasonLength, "reason", "Lý do thôi giữ chức (ví dụ số quyết định, từ chức, nghỉ hưu, được bầu chức khác)");
        Require.NotAfter(input.LeftOn, today, "leftOn");
        if (input.LeftOn < seat.AppointedOn || input.LeftOn > term.EndsOn)
        {
            throw DomainException.Validation("leftOn",
                $"Ngày cuối cùng giữ chức phải từ ngày bầu ({seat.AppointedOn:dd/MM/yyyy}) đến hết nhiệm kỳ {term.Title} ({term.EndsOn:dd/MM/yyyy}).");
        }

        seat.LeftOn = input.LeftOn;
        seat.LeftReason = reason;
    }

    private static string Until(TermLeader seat) => seat.LeftOn is { } left ? $" đến {left:dd/MM/yyyy}" : "";
}
