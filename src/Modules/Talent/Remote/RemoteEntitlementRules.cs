using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Remote;

/// <summary>
/// Decree 76/2019/NĐ-CP's support follows the place, month by month: a month is entitled when, on its first day of the
/// post, the nearest unit up the tree that is classed that day (the village, else its commune) is a region III commune or
/// an extremely difficult village. A region II commune is not.
/// </summary>
public static class RemoteEntitlementRules
{
    /// <summary>The classification that governs a unit on a day: its own, else the nearest classed ancestor's; null when none.</summary>
    public static AreaClassificationSummary? Governing(IReadOnlyList<Guid> unitAndAncestors, IReadOnlyDictionary<Guid, AreaClassificationSummary> classedThatDay) =>
        unitAndAncestors.Select(classedThatDay.GetValueOrDefault).FirstOrDefault(c => c is not null);

    /// <summary>The first day of each month of the post, up to <paramref name="until"/> when it has not ended: the days a month is judged on.</summary>
    public static IReadOnlyList<DateOnly> JudgedDays(DateOnly startsOn, DateOnly? endsOn, DateOnly until)
    {
        var last = endsOn is { } end && end < until ? end : until;
        var days = new List<DateOnly>();
        for (var day = startsOn; day <= last; day = new DateOnly(day.Year, day.Month, 1).AddMonths(1))
        {
            days.Add(day);
        }

        return days;
    }

    /// <summary>Consecutive entitled months under one decision, as periods (first judged day to the month's or post's last day).</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To, string Decision, IReadOnlyList<DateOnly> Months)> Periods(
        IEnumerable<(DateOnly Day, AreaClassificationSummary? Classification)> months, DateOnly? postEndsOn)
    {
        var periods = new List<(DateOnly From, DateOnly To, string Decision, IReadOnlyList<DateOnly> Months)>();
        List<DateOnly>? run = null;
        string? decision = null;
        foreach (var (day, classification) in months)
        {
            var entitled = classification is { IsExtremelyDifficult: true };
            if (run is not null && (!entitled || classification!.Decision != decision))
            {
                periods.Add(Close(run, decision!, postEndsOn));
                run = null;
            }

            if (entitled)
            {
                run ??= [];
                run.Add(day);
                decision = classification!.Decision;
            }
        }

        if (run is not null)
        {
            periods.Add(Close(run, decision!, postEndsOn));
        }

        return periods;
    }

    /// <summary>A payment is for a month entitled, and is not made twice (the first-posting allowance once per person).</summary>
    public static void RefuseDouble(RemoteSupportKind kind, DateOnly month, bool entitled, IEnumerable<RemotePayment> paidToPerson)
    {
        if (!entitled)
        {
            throw DomainException.Validation("month", $"Tháng {month:MM/yyyy} nơi công tác không thuộc xã khu vực III hoặc thôn đặc biệt khó khăn, hoặc ngoài thời gian công tác; không được hưởng.");
        }

        var paid = paidToPerson.Where(p => p.Kind == kind);
        if (kind == RemoteSupportKind.FirstPostingAllowance ? paid.Any() : paid.Any(p => p.Month == month))
        {
            throw DomainException.Conflict(kind == RemoteSupportKind.FirstPostingAllowance
                ? "Người này đã nhận trợ cấp lần đầu; khoản này chỉ chi một lần."
                : $"Phụ cấp thu hút tháng {month:MM/yyyy} đã được chi cho người này; không chi hai lần.", "month");
        }
    }

    private static (DateOnly From, DateOnly To, string Decision, IReadOnlyList<DateOnly> Months) Close(List<DateOnly> run, string decision, DateOnly? postEndsOn)
    {
        var monthEnd = new DateOnly(run[^1].Year, run[^1].Month, 1).AddMonths(1).AddDays(-1);
        var to = postEndsOn is { } end && end < monthEnd ? end : monthEnd;
        return (run[0], to, decision, run.Select(d => new DateOnly(d.Year, d.Month, 1)).ToList());
    }
}
