namespace TriThuc.Modules.Science.Fund;

[Name("ScienceFundGrantOrder")]
[Description("Thứ tự danh sách khoản tài trợ.")]
public enum FundGrantOrder
{
    [Description("Ngày quyết định sớm nhất trước (mặc định)")]
    AwardedOnAscending,
    [Description("Số tiền lớn nhất trước")]
    AmountDescending,
}
