namespace TriThuc.Modules.Registry.People;

[Description("Tình trạng công tác: đang công tác, đã nghỉ hưu, đã chuyển đi.")]
public enum EmploymentStatus
{
    [Description("Đang công tác")]
    Working,
    [Description("Đã nghỉ hưu")]
    Retired,
    [Description("Đã chuyển đi")]
    MovedAway,
}
