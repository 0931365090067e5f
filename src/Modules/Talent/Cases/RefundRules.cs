using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>What a person who leaves before the end of the commitment pays back, by the rule of the policy version the case is judged by.</summary>
public static class RefundRules
{
    /// <summary>
    /// Pro rata: the one-off support times the days of the commitment left after <paramref name="brokenOn"/> over the
    /// days of the whole commitment, rounded to the đồng.
    /// </summary>
    public static long Refund(RefundRule rule, long oneOffAmount, DateOnly commitmentStartsOn, DateOnly commitmentEndsOn, DateOnly brokenOn)
    {
        var total = commitmentEndsOn.DayNumber - commitmentStartsOn.DayNumber + 1;
        var left = Math.Clamp(commitmentEndsOn.DayNumber - brokenOn.DayNumber, 0, total);
        return rule switch
        {
            RefundRule.None => 0,
            RefundRule.Full => oneOffAmount,
            RefundRule.ProRataTimeLeft => (long)Math.Round((decimal)oneOffAmount * left / total, MidpointRounding.AwayFromZero),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }
}
