namespace TriThuc.Modules.Science.Fund;

/// <summary>Where the innovation investment fund's capital comes from.</summary>
[Name("ScienceFundSource")]
[Description("Nguồn vốn của Quỹ: ngân sách nhà nước, doanh nghiệp, tài trợ, nguồn khác.")]
public enum FundSource
{
    [Description("Ngân sách nhà nước")]
    StateBudget,
    [Description("Doanh nghiệp")]
    Enterprise,
    [Description("Tài trợ")]
    Donation,
    [Description("Nguồn khác")]
    Other,
}
