namespace TriThuc.Modules.Science.Projects;

/// <summary>The grade an accepted project receives (xuất sắc, khá, đạt).</summary>
[Name("ScienceAcceptanceGrade")]
[Description("Xếp loại nghiệm thu: xuất sắc, khá, đạt.")]
public enum AcceptanceGrade
{
    [Description("Xuất sắc")]
    Excellent,
    [Description("Khá")]
    Good,
    [Description("Đạt")]
    Pass,
}
