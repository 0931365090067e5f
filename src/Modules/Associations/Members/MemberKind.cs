namespace TriThuc.Modules.Associations.Members;

[Name("AssociationsMemberKind")]
[Description("Loại hội viên.")]
public enum MemberKind
{
    [Description("Hội viên chính thức")]
    Official,
    [Description("Hội viên liên kết")]
    Associate,
    [Description("Hội viên danh dự (không đóng hội phí)")]
    Honorary,
}
