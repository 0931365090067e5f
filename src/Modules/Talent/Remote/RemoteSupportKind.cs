namespace TriThuc.Modules.Talent.Remote;

[Name("TalentRemoteSupportKind")]
[Description("Khoản hỗ trợ công tác ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (Nghị định 76/2019/NĐ-CP).")]
public enum RemoteSupportKind
{
    [Description("Phụ cấp thu hút (hằng tháng)")]
    AttractionAllowance,
    [Description("Trợ cấp lần đầu khi nhận công tác (một lần)")]
    FirstPostingAllowance,
}
