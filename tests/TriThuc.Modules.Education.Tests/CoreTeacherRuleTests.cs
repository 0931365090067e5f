using TriThuc.Modules.Education.Assessments;

namespace TriThuc.Modules.Education.Tests;

/// <summary>What the records show of Circular 20/2018's core-teacher criteria (Article 12.1).</summary>
public sealed class CoreTeacherRuleTests
{
    private static readonly DateOnly Day = new(2026, 5, 1);

    [Fact]
    public void Overlapping_assignments_at_two_schools_of_a_level_count_their_days_once()
    {
        var days = CoreTeacherRule.DaysTaught([(new DateOnly(2020, 9, 1), new DateOnly(2023, 8, 31)), (new DateOnly(2023, 1, 1), null)], Day);

        days.Should().Be(Day.DayNumber - new DateOnly(2020, 9, 1).DayNumber + 1);
    }

    [Fact]
    public void A_gap_between_assignments_does_not_count_so_five_years_are_not_reached()
    {
        var days = CoreTeacherRule.DaysTaught([(new DateOnly(2020, 9, 1), new DateOnly(2021, 8, 31)), (new DateOnly(2022, 9, 1), null)], Day);

        CoreTeacherRule.HasTaughtLongEnough(days, Day).Should().BeFalse("five calendar years back is 2021-05-01, and 2021–2022 was not taught");
    }

    [Fact]
    public void Kha_or_better_qualifies_only_with_the_Article_5_criteria_at_Tot()
    {
        CoreTeacherRule.AssessmentQualifies(OverallLevel.Good, [.. Enumerable.Repeat(CriterionRating.Excellent, 2), .. Enumerable.Repeat(CriterionRating.Good, 13)]).Should().BeTrue();
        CoreTeacherRule.AssessmentQualifies(OverallLevel.Good, [CriterionRating.Good, .. Enumerable.Repeat(CriterionRating.Excellent, 14)]).Should().BeFalse();
        CoreTeacherRule.AssessmentQualifies(OverallLevel.Met, [.. Enumerable.Repeat(CriterionRating.Excellent, 2), .. Enumerable.Repeat(CriterionRating.Met, 13)]).Should().BeFalse();
    }
}
