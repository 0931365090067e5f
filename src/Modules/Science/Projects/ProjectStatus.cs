namespace TriThuc.Modules.Science.Projects;

/// <summary>Where a science &amp; technology project stands in its life; the allowed moves are in <see cref="ProjectLifecycle"/>.</summary>
[Name("ScienceProjectStatus")]
[Description("Trạng thái đề tài: đề xuất → đang thẩm định → được phê duyệt hoặc không → đang thực hiện → đang nghiệm thu → nghiệm thu đạt hoặc không đạt → đã ứng dụng vào thực tiễn.")]
public enum ProjectStatus
{
    [Description("Đề xuất")]
    Proposed,
    [Description("Đang thẩm định")]
    UnderAppraisal,
    [Description("Được phê duyệt")]
    Approved,
    [Description("Không được phê duyệt")]
    Rejected,
    [Description("Đang thực hiện")]
    InProgress,
    [Description("Đang nghiệm thu")]
    UnderAcceptance,
    [Description("Nghiệm thu đạt")]
    Accepted,
    [Description("Nghiệm thu không đạt")]
    Failed,
    [Description("Đã ứng dụng vào thực tiễn")]
    AppliedInPractice,
}
