namespace TriThuc.Modules.Talent.Policies;

[Name("TalentMonthlyAllowanceBase")]
[Description("Căn cứ tính phụ cấp hằng tháng.")]
public enum MonthlyAllowanceBase
{
    [Description("Theo tỷ lệ của mức lương hiện hưởng")]
    Salary,
    [Description("Theo tỷ lệ của mức lương cơ sở")]
    BaseSalary,
}
