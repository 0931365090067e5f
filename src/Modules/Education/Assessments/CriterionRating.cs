namespace TriThuc.Modules.Education.Assessments;

/// <summary>A rating of one criterion under Circular 20/2018/TT-BGDĐT (chuẩn nghề nghiệp giáo viên cơ sở giáo dục phổ thông).</summary>
public enum CriterionRating
{
    /// <summary>Chưa đạt.</summary>
    NotMet = 0,

    /// <summary>Đạt.</summary>
    Met = 1,

    /// <summary>Khá.</summary>
    Good = 2,

    /// <summary>Tốt.</summary>
    Excellent = 3,
}
