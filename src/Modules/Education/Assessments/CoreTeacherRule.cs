namespace TriThuc.Modules.Education.Assessments;

/// <summary>
/// What the records show of the core-teacher criteria of Circular 20/2018 (Article 12.1): at least five years of
/// direct teaching at the same level up to the selection, and the latest assessment Khá or better with the criteria
/// of Article 5 (standard 1: criteria 1 and 2) at Tốt. The other criteria (model lessons, languages and IT, the wish
/// to serve) are the school's judgement and are not kept here.
/// </summary>
public static class CoreTeacherRule
{
    public const int YearsAtLevel = 5;

    public static bool AssessmentQualifies(OverallLevel level, IReadOnlyList<CriterionRating> ratings) =>
        level >= OverallLevel.Good && ratings.Count == OverallLevelRule.CriterionCount && ratings.Take(2).All(r => r == CriterionRating.Excellent);

    /// <summary>The days taught up to <paramref name="day"/>, overlapping periods counted once.</summary>
    public static int DaysTaught(IEnumerable<(DateOnly From, DateOnly? To)> periods, DateOnly day)
    {
        var days = 0;
        var coveredTo = DateOnly.MinValue;
        foreach (var (from, to) in periods.Where(p => p.From <= day).OrderBy(p => p.From))
        {
            var last = to is { } end && end < day ? end : day;
            var first = from > coveredTo ? from : coveredTo.AddDays(1);
            if (last >= first)
            {
                days += last.DayNumber - first.DayNumber + 1;
                coveredTo = last;
            }
        }

        return days;
    }

    public static bool HasTaughtLongEnough(int daysTaught, DateOnly day) => daysTaught >= day.DayNumber - day.AddYears(-YearsAtLevel).DayNumber;
}
