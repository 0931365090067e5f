namespace TriThuc.Modules.Science.Fund;

[Name("ScienceFundApplicationOrder")]
[Description("Thứ tự danh sách hồ sơ đề nghị tài trợ.")]
public enum FundApplicationOrder
{
    [Description("Ngày nộp sớm nhất trước (mặc định)")]
    SubmittedOnAscending,
    [Description("Số tiền đề nghị lớn nhất trước")]
    RequestedAmountDescending,
}
