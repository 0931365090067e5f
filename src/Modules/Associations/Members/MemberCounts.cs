namespace TriThuc.Modules.Associations.Members;

/// <summary>An association's members by status on a day; what the union and other readers see instead of the list.</summary>
public sealed record MemberCounts(DateOnly On, int New, int Current, int Grace, int Lapsed)
{
    public int Total => New + Current + Grace + Lapsed;

    public static MemberCounts Of(IEnumerable<Member> members, DateOnly day, int graceDays)
    {
        var statuses = members.Select(m => m.StatusOn(day, graceDays)).ToList();
        int Count(MemberStatus status) => statuses.Count(s => s == status);
        return new MemberCounts(day, Count(MemberStatus.New), Count(MemberStatus.Current), Count(MemberStatus.Grace), Count(MemberStatus.Lapsed));
    }
}
