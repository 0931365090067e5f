namespace TriThuc.Modules.Associations.Members;

[Name("AssociationsMemberStatus")]
[Description("Tình trạng hội viên vào một ngày, suy ra từ ngày gia nhập, ngày rời hội, hội phí đã đóng và thời gian ân hạn của hội.")]
public enum MemberStatus
{
    [Description("Mới gia nhập")]
    New,
    [Description("Đang sinh hoạt (đã đóng hội phí)")]
    Current,
    [Description("Trong thời gian ân hạn đóng hội phí")]
    Grace,
    [Description("Mất hiệu lực (quá hạn đóng hội phí)")]
    Lapsed,
}
