namespace TriThuc.Modules.Registry.Careers;

/// <summary>Học hàm.</summary>
[Description("Học hàm: Phó Giáo sư, Giáo sư.")]
public enum AcademicTitle
{
    [Description("Phó Giáo sư")]
    AssociateProfessor,
    [Description("Giáo sư")]
    Professor,
}

/// <summary>Trình độ lý luận chính trị.</summary>
[Description("Trình độ lý luận chính trị: sơ cấp, trung cấp, cao cấp.")]
public enum PoliticalTheoryLevel
{
    [Description("Sơ cấp")]
    Elementary,
    [Description("Trung cấp")]
    Intermediate,
    [Description("Cao cấp")]
    Advanced,
}

/// <summary>The level of government or organisation a leadership post belongs to.</summary>
[Description("Cấp của chức vụ: tỉnh, sở/ngành, huyện, xã, đơn vị.")]
public enum PositionLevel
{
    [Description("Tỉnh")]
    Province,
    [Description("Sở, ngành")]
    Department,
    [Description("Huyện")]
    District,
    [Description("Xã")]
    Commune,
    [Description("Đơn vị")]
    Unit,
}
