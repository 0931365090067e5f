namespace TriThuc.Modules.Education.Assessments;

/// <summary>The overall result of a teacher's assessment under Circular 20/2018/TT-BGDĐT.</summary>
[Name("EducationOverallLevel")]
[Description("Xếp loại kết quả đánh giá giáo viên theo chuẩn nghề nghiệp (Thông tư 20/2018/TT-BGDĐT).")]
public enum OverallLevel
{
    /// <summary>Chưa đạt chuẩn nghề nghiệp giáo viên.</summary>
    [Description("Chưa đạt chuẩn")]
    NotMet = 0,

    /// <summary>Đạt chuẩn ở mức đạt.</summary>
    [Description("Đạt chuẩn ở mức đạt")]
    Met = 1,

    /// <summary>Đạt chuẩn ở mức khá.</summary>
    [Description("Đạt chuẩn ở mức khá")]
    Good = 2,

    /// <summary>Đạt chuẩn ở mức tốt.</summary>
    [Description("Đạt chuẩn ở mức tốt")]
    Excellent = 3,
}
