namespace TriThuc.Modules.Education.Assessments;

/// <summary>The overall result of a teacher's assessment under Circular 20/2018/TT-BGDĐT.</summary>
public enum OverallLevel
{
    /// <summary>Chưa đạt chuẩn nghề nghiệp giáo viên.</summary>
    NotMet = 0,

    /// <summary>Đạt chuẩn ở mức đạt.</summary>
    Met = 1,

    /// <summary>Đạt chuẩn ở mức khá.</summary>
    Good = 2,

    /// <summary>Đạt chuẩn ở mức tốt.</summary>
    Excellent = 3,
}
