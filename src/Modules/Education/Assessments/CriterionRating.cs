namespace TriThuc.Modules.Education.Assessments;

/// <summary>A rating of one criterion under Circular 20/2018/TT-BGDĐT (chuẩn nghề nghiệp giáo viên cơ sở giáo dục phổ thông).</summary>
[Name("EducationCriterionRating")]
[Description("Mức đánh giá một tiêu chí của chuẩn nghề nghiệp giáo viên (Thông tư 20/2018/TT-BGDĐT).")]
public enum CriterionRating
{
    /// <summary>Chưa đạt.</summary>
    [Description("Chưa đạt")]
    NotMet = 0,

    /// <summary>Đạt.</summary>
    [Description("Đạt")]
    Met = 1,

    /// <summary>Khá.</summary>
    [Description("Khá")]
    Good = 2,

    /// <summary>Tốt.</summary>
    [Description("Tốt")]
    Excellent = 3,
}
