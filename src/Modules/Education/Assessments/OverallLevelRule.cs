namespace TriThuc.Modules.Education.Assessments;

/// <summary>
/// The circular's classification (xếp loại kết quả đánh giá) of the 15 criteria into one overall level:
/// <list type="bullet">
/// <item>Tốt: every criterion Khá or better, at least 2/3 of them (10 of 15) Tốt, and the criteria of standard 1
/// (phẩm chất nhà giáo: criteria 1 and 2) Tốt;</item>
/// <item>Khá: every criterion Đạt or better, at least 2/3 of them Khá or better, and criteria 1 and 2 Khá or better;</item>
/// <item>Đạt: every criterion Đạt or better;</item>
/// <item>Chưa đạt: any criterion Chưa đạt.</item>
/// </list>
/// Kept free of the rest of the module so that it is one tested function.
/// </summary>
public static class OverallLevelRule
{
    /// <summary>The number of criteria in the circular's five standards.</summary>
    public const int CriterionCount = 15;

    /// <summary>The overall level of 15 ratings given in the circular's order (criterion 1 first).</summary>
    public static OverallLevel Classify(IReadOnlyList<CriterionRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count != CriterionCount)
        {
            throw new ArgumentException($"Cần đủ {CriterionCount} tiêu chí, nhận được {ratings.Count}.", nameof(ratings));
        }

        if (ratings.Any(r => r == CriterionRating.NotMet))
        {
            return OverallLevel.NotMet;
        }

        var standardOne = ratings.Take(2).ToList();
        if (ratings.All(r => r >= CriterionRating.Good)
            && AtLeastTwoThirds(ratings.Count(r => r == CriterionRating.Excellent))
            && standardOne.All(r => r == CriterionRating.Excellent))
        {
            return OverallLevel.Excellent;
        }

        if (AtLeastTwoThirds(ratings.Count(r => r >= CriterionRating.Good)) && standardOne.All(r => r >= CriterionRating.Good))
        {
            return OverallLevel.Good;
        }

        return OverallLevel.Met;
    }

    private static bool AtLeastTwoThirds(int count) => count * 3 >= CriterionCount * 2;
}
