using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Members;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>
/// Terms follow one another without overlapping, within the association's life and at most
/// <see cref="MaxTermYears"/> years each; leaders are official members (associate and honorary members are not
/// eligible for boards), one person one seat a term, one president and one general secretary.
/// </summary>
public static class TermRules
{
    public const int MaxTitleLength = 100, MaxTermYears = 5;

    public static Term New(TermInput input, Association association, IReadOnlyList<Term> existing)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên nhiệm kỳ");
        var decision = Require.Text(input.CongressDecision, AssociationRules.MaxNumberLength, "congressDecision", "Số nghị quyết hoặc quyết định công nhận đại hội");
        if (input.EndsOn <= input.StartsOn || input.EndsOn > input.StartsOn.AddYears(MaxTermYears))
        {
            throw DomainException.Validation("endsOn", $"Nhiệm kỳ phải kết thúc sau ngày bắt đầu và kéo dài không quá {MaxTermYears} năm.");
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

        if (term.Leaders.Any(l => l.PersonId == input.PersonId))
        {
            throw DomainException.Conflict($"Người này đã có chức danh trong nhiệm kỳ {term.Title}.", "personId");
        }

        if (input.Role is LeaderRole.President or LeaderRole.GeneralSecretary && term.Leaders.Any(l => l.Role == input.Role))
        {
            throw DomainException.Conflict($"Nhiệm kỳ {term.Title} đã có {EnumLabels.Of(input.Role)}.", "role");
        }

        var leader = new TermLeader { TermId = term.Id, PersonId = input.PersonId, Role = input.Role, AppointedOn = input.AppointedOn };
        term.Leaders.Add(leader);
        return leader;
    }
}
