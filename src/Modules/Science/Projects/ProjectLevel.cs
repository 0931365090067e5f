namespace TriThuc.Modules.Science.Projects;

/// <summary>Who commissions the project: the State (national), the province, or a grassroots unit.</summary>
[Name("ScienceProjectLevel")]
[Description("Cấp đề tài: quốc gia, tỉnh, cơ sở.")]
public enum ProjectLevel
{
    [Description("Cấp quốc gia")]
    National,
    [Description("Cấp tỉnh")]
    Provincial,
    [Description("Cấp cơ sở")]
    Grassroots,
}
