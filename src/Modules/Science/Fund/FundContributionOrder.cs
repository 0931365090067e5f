namespace TriThuc.Modules.Science.Fund;

[Name("ScienceFundContributionOrder")]
[Description("Thứ tự danh sách vốn góp.")]
public enum FundContributionOrder
{
    [Description("Ngày nhận muộn nhất trước (mặc định)")]
    ReceivedOnDescending,
    [Description("Số tiền lớn nhất trước")]
    AmountDescending,
}
