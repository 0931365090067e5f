namespace TriThuc.Modules.Education.Gifted;

[Name("EducationPrize")]
[Description("Giải của học sinh trong kỳ thi.")]
public enum Prize
{
    [Description("Giải Nhất")]
    First,
    [Description("Giải Nhì")]
    Second,
    [Description("Giải Ba")]
    Third,
    [Description("Giải Khuyến khích")]
    Consolation,
}
