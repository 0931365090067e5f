namespace TriThuc.Modules.Talent.Cases;

[Name("TalentCaseStatus")]
[Description("Trạng thái hồ sơ thu hút.")]
public enum CaseStatus
{
    [Description("Đã nộp hồ sơ")]
    Applied,
    [Description("Đủ điều kiện")]
    Eligible,
    [Description("Không đủ điều kiện")]
    Ineligible,
    [Description("Đã có quyết định thu hút")]
    Approved,
    [Description("Đã tuyển dụng, tiếp nhận")]
    Recruited,
    [Description("Đang thực hiện cam kết")]
    InCommitment,
    [Description("Đã hoàn thành cam kết")]
    Completed,
    [Description("Không thực hiện đủ cam kết")]
    Broken,
}
