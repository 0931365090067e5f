using TriThuc.Modules.Education.Assessments;

namespace TriThuc.Modules.Education.Tests;

/// <summary>
/// The classification (xếp loại kết quả đánh giá) of Circular 20/2018/TT-BGDĐT, one case per point of its clause:
/// a) Tốt, b) Khá, c) Đạt, d) Chưa đạt. "The criteria of Article 5" are standard 1, phẩm chất nhà giáo: criteria 1 and 2.
/// </summary>
public sealed class OverallLevelRuleTests
{
    private const CriterionRating N = CriterionRating.NotMet, D = CriterionRating.Met, K = CriterionRating.Good, T = CriterionRating.Excellent;

    [Fact]
    public void Point_a_ten_of_fifteen_at_Tot_with_Article_5_at_Tot_and_the_rest_Kha_is_Tot() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, T, K, K, K, K, K]).Should().Be(OverallLevel.Excellent);

    [Fact]
    public void Point_a_nine_of_fifteen_at_Tot_is_short_of_two_thirds_so_only_Kha() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, K, K, K, K, K, K]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Point_a_fourteen_at_Tot_but_Article_5_criterion_two_at_Kha_is_only_Kha() =>
        OverallLevelRule.Classify([T, K, T, T, T, T, T, T, T, T, T, T, T, T, T]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Point_a_needs_every_criterion_Kha_or_better_so_one_at_Dat_makes_Kha() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, T, T, T, T, T, D]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Point_b_ten_Kha_or_better_with_Article_5_at_Kha_is_Kha() =>
        OverallLevelRule.Classify([K, K, K, K, K, K, K, T, T, T, D, D, D, D, D]).Should().Be(OverallLevel.Good);

    [Fact]
    public void Point_b_nine_Kha_or_better_is_short_of_two_thirds_so_Dat() =>
        OverallLevelRule.Classify([K, K, K, K, K, K, K, K, K, D, D, D, D, D, D]).Should().Be(OverallLevel.Met);

    [Fact]
    public void Point_b_Article_5_criterion_one_at_Dat_makes_Dat_even_with_every_other_criterion_Tot() =>
        OverallLevelRule.Classify([D, T, T, T, T, T, T, T, T, T, T, T, T, T, T]).Should().Be(OverallLevel.Met);

    [Fact]
    public void Point_c_every_criterion_at_Dat_is_Dat() =>
        OverallLevelRule.Classify([D, D, D, D, D, D, D, D, D, D, D, D, D, D, D]).Should().Be(OverallLevel.Met);

    [Fact]
    public void Point_d_one_criterion_Chua_dat_is_Chua_dat_however_many_are_Tot() =>
        OverallLevelRule.Classify([T, T, T, T, T, T, T, T, T, T, T, T, T, T, N]).Should().Be(OverallLevel.NotMet);

    [Fact]
    public void Fewer_than_fifteen_ratings_are_refused() =>
        FluentActions.Invoking(() => OverallLevelRule.Classify([T, T])).Should().Throw<ArgumentException>();
}
