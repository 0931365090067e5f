using TriThuc.Modules.Education.Assessments;

namespace TriThuc.Modules.Education.Tests;

/// <summary>The classification of Circular 20/2018/TT-BGDĐT, on the cases its text names (criteria 1 and 2 are standard 1).</summary>
public sealed class OverallLevelRuleTests
{
    private const CriterionRating N = CriterionRating.NotMet, D = CriterionRating.Met, K = CriterionRating.Good, T = CriterionRating.Excellent;

    [Fact]
    public void Ten_criteria_at_Tot_with_standard_one_at_Tot_and_the_rest_Kha_is_Tot() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, T, K, K, K, K, K]).Should().Be(OverallLevel.Excellent);

    [Fact]
    public void Nine_criteria_at_Tot_is_only_Kha() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, K, K, K, K, K, K]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Fourteen_at_Tot_but_criterion_two_at_Kha_is_only_Kha() =>
        OverallLevelRule.Classify([T, K, T, T, T, T, T, T, T, T, T, T, T, T, T]).Should().Be(OverallLevel.Good);

    [Fact]
    public void One_criterion_at_Dat_keeps_a_teacher_from_Tot_however_many_are_Tot() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, T, T, T, T, T, D]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Ten_criteria_Kha_or_better_with_standard_one_Kha_is_Kha() =>
        OverallLevelRule.Classify([K, K, K, K, K, K, K, T, T, T, D, D, D, D, D]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Nine_criteria_Kha_or_better_is_Dat() =>
        OverallLevelRule.Classify([K, K, K, K, K, K, K, K, K, D, D, D, D, D, D]).Should().Be(OverallLevel.Met);

    [Fact]
    public void Standard_one_at_Dat_is_Dat_even_with_every_other_criterion_Tot() =>
        OverallLevelRule.Classify([D, T, T, T, T, T, T, T, T, T, T, T, T, T, T]).Should().Be(OverallLevel.Met);

    [Fact]
    public void Any_criterion_Chua_dat_is_Chua_dat() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, T, T, T, T, T, N]).Should().Be(OverallLevel.NotMet);

    [Fact]
    public void Fewer_than_fifteen_ratings_are_refused() =>
        FluentActions.Invoking(() => OverallLevelRule.Classify([T, T])).Should().Throw<ArgumentException>();
}
