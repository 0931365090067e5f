namespace TriThuc.Modules.Science.Fund;

[Name("ScienceFundCallOrder")]
[Description("Thứ tự danh sách đợt gọi hồ sơ.")]
public enum FundCallOrder
{
    [Description("Ngày mở nhận hồ sơ muộn nhất trước (mặc định)")]
    OpensOnDescending,
    [Description("Theo mã đợt, A → Z")]
    CodeAscending,
}
