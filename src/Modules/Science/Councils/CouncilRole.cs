namespace TriThuc.Modules.Science.Councils;

/// <summary>A seat's role: a council has at most one chair and one secretary.</summary>
[Name("ScienceCouncilRole")]
[Description("Vai trò trong hội đồng: chủ tịch, phản biện, thư ký, ủy viên.")]
public enum CouncilRole
{
    [Description("Chủ tịch")]
    Chair,
    [Description("Phản biện")]
    Reviewer,
    [Description("Thư ký")]
    Secretary,
    [Description("Ủy viên")]
    Member,
}
