namespace TriThuc.Modules.Talent.Parameters;

/// <summary>Amounts and rates the law sets and changes from a day (the base salary, Decree 76/2019's rates): kept as dated values, never constants in code.</summary>
[Name("TalentLegalParameterKind")]
[Description("Mức, tỷ lệ do văn bản pháp luật quy định, thay đổi theo thời gian.")]
public enum LegalParameterKind
{
    [Description("Mức lương cơ sở (đồng/tháng)")]
    BaseSalary,
    [Description("Tỷ lệ phụ cấp thu hút vùng đặc biệt khó khăn so với mức lương hiện hưởng (Nghị định 76/2019/NĐ-CP)")]
    RemoteAttractionRate,
    [Description("Số tháng lương cơ sở của trợ cấp lần đầu khi nhận công tác vùng đặc biệt khó khăn (Nghị định 76/2019/NĐ-CP)")]
    RemoteFirstPostingMonths,
}
