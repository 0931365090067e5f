namespace TriThuc.Modules.Science.Projects;

/// <summary>Vietnamese names of statuses and levels, for messages and indicator breakdowns.</summary>
public static class ProjectNames
{
    public static IReadOnlyDictionary<ProjectStatus, string> Statuses { get; } = new Dictionary<ProjectStatus, string>
    {
        [ProjectStatus.Proposed] = "Đề xuất",
        [ProjectStatus.UnderAppraisal] = "Đang thẩm định",
        [ProjectStatus.Approved] = "Được phê duyệt",
        [ProjectStatus.Rejected] = "Không được phê duyệt",
        [ProjectStatus.InProgress] = "Đang thực hiện",
        [ProjectStatus.UnderAcceptance] = "Đang nghiệm thu",
        [ProjectStatus.Accepted] = "Nghiệm thu đạt",
        [ProjectStatus.Failed] = "Nghiệm thu không đạt",
        [ProjectStatus.AppliedInPractice] = "Đã ứng dụng vào thực tiễn",
    };

    public static IReadOnlyDictionary<ProjectLevel, string> Levels { get; } = new Dictionary<ProjectLevel, string>
    {
        [ProjectLevel.National] = "Cấp quốc gia",
        [ProjectLevel.Provincial] = "Cấp tỉnh",
        [ProjectLevel.Grassroots] = "Cấp cơ sở",
    };

    public static string Of(ProjectStatus status) => Statuses[status];
}
