namespace TriThuc.Modules.Talent.Cases;

/// <summary>Nobody holds benefits of two policies that exclude each other (one exclusion group) for the same months.</summary>
public static class ExclusiveBenefitRules
{
    /// <summary>A benefit period, first and last day, of a case under a policy of an exclusion group.</summary>
    public sealed record Period(Guid CaseId, string PolicyTitle, DateOnly From, DateOnly To);

    /// <summary>Whether two periods share a calendar month: benefits are paid by the month.</summary>
    public static bool ShareAMonth(DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo) =>
        Month(aFrom) <= Month(bTo) && Month(bFrom) <= Month(aTo);

    public static void Refuse(Period candidate, IEnumerable<Period> others)
    {
        if (others.FirstOrDefault(o => o.CaseId != candidate.CaseId && ShareAMonth(candidate.From, candidate.To, o.From, o.To)) is { } clash)
        {
            throw DomainException.Conflict(
                $"Người này đang hưởng chính sách '{clash.PolicyTitle}' từ {clash.From:MM/yyyy} đến {clash.To:MM/yyyy}, loại trừ chính sách này; không được hưởng cả hai trong cùng tháng.",
                "personId");
        }
    }

    private static int Month(DateOnly day) => (day.Year * 12) + day.Month - 1;
}
