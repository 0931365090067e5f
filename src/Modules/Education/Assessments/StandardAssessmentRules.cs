namespace TriThuc.Modules.Education.Assessments;

/// <summary>The checks an assessment passes, each refusal naming its field in words a clerk can act on.</summary>
public static class StandardAssessmentRules
{
    /// <summary>Circular 20/2018 took effect on 10 October 2018: the first school year assessed under it is 2018–2019.</summary>
    public const int FirstSchoolYear = 2018;

    public static void RequireSchoolYear(int schoolYear, DateOnly today)
    {
        if (schoolYear < FirstSchoolYear || schoolYear > today.Year)
        {
            throw DomainException.Validation("schoolYear", $"Năm học phải từ {FirstSchoolYear}–{FirstSchoolYear + 1} đến {today.Year}–{today.Year + 1} (ghi năm bắt đầu, ví dụ 2025 cho năm học 2025–2026).");
        }
    }

    public static void RequireRatings(IReadOnlyList<CriterionRating> ratings)
    {
        if (ratings.Count != OverallLevelRule.CriterionCount)
        {
            throw DomainException.Validation("ratings", $"Cần đánh giá đủ {OverallLevelRule.CriterionCount} tiêu chí theo thứ tự của Thông tư 20/2018/TT-BGDĐT; đã nhận {ratings.Count}.");
        }
    }

    public static void RateSelf(StandardAssessment assessment, StandardAssessmentInput input)
    {
        if (assessment.FinalLevel is not null)
        {
            throw DomainException.Conflict($"Hiệu trưởng đã đánh giá giáo viên này cho năm học {Year(assessment.SchoolYear)}; không sửa được phần tự đánh giá.", "ratings");
        }

        RequireRatings(input.Ratings);
        assessment.PersonId = input.PersonId;
        assessment.UnitId = input.UnitId;
        assessment.SchoolYear = input.SchoolYear;
        assessment.SelfRatings = StandardAssessment.Encode(input.Ratings);
        assessment.SelfLevel = OverallLevelRule.Classify(input.Ratings);
    }

    public static void RateFinally(StandardAssessment assessment, IReadOnlyList<CriterionRating> ratings, DateOnly today)
    {
        if (assessment.FinalLevel is not null)
        {
            throw DomainException.Conflict($"Hiệu trưởng đã đánh giá giáo viên này cho năm học {Year(assessment.SchoolYear)} ngày {assessment.FinalisedOn:dd/MM/yyyy}.", "ratings");
        }

        RequireRatings(ratings);
        assessment.FinalRatings = StandardAssessment.Encode(ratings);
        assessment.FinalLevel = OverallLevelRule.Classify(ratings);
        assessment.FinalisedOn = today;
    }

    public static string Year(int schoolYear) => $"{schoolYear}–{schoolYear + 1}";
}
