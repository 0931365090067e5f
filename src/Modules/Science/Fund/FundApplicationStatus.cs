namespace TriThuc.Modules.Science.Fund;

[Name("ScienceFundApplicationStatus")]
[Description("Tình trạng hồ sơ đề nghị tài trợ: đã nộp, được tài trợ, không được tài trợ.")]
public enum FundApplicationStatus
{
    [Description("Đã nộp")]
    Submitted,
    [Description("Được tài trợ")]
    Granted,
    [Description("Không được tài trợ")]
    Declined,
}
