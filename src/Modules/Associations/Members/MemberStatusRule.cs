namespace TriThuc.Modules.Associations.Members;

/// <summary>
/// A member's status on a day, derived and never stored (docs/associations.md, "Member status"):
/// none before joining or from the day after leaving; NEW during the first <see cref="NewDays"/> days; CURRENT while
/// the dues cover the day (dues for a year cover it to 31 December; an honorary member owes none); GRACE for the
/// association's grace days after cover ends (or after the NEW period, when no dues were ever paid); LAPSED after.
/// </summary>
public static class MemberStatusRule
{
    public const int NewDays = 90;

    public static MemberStatus? On(DateOnly day, DateOnly joinedOn, DateOnly? leftOn, MemberKind kind, IEnumerable<int> duesYears, int graceDays)
    {
        if (day < joinedOn || (leftOn is { } left && day > left))
        {
            return null;
        }

        var newUntil = joinedOn.AddDays(NewDays - 1);
        if (day <= newUntil)
        {
            return MemberStatus.New;
        }

        if (kind == MemberKind.Honorary)
        {
            return MemberStatus.Current;
        }

        var paidYears = duesYears.Where(y => y <= day.Year).ToList();
        var coveredUntil = paidYears.Count == 0 ? newUntil : new DateOnly(paidYears.Max(), 12, 31);
        if (coveredUntil < newUntil)
        {
            coveredUntil = newUntil;
        }

        return day <= coveredUntil ? MemberStatus.Current
            : day <= coveredUntil.AddDays(graceDays) ? MemberStatus.Grace
            : MemberStatus.Lapsed;
    }
}
