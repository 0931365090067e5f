namespace TriThuc.Modules.Science.Fund;

/// <summary>Where a call stands today: not yet open, taking applications, or closed.</summary>
[Name("ScienceFundCallStatus")]
[Description("Tình trạng đợt gọi hồ sơ hôm nay: sắp mở, đang nhận hồ sơ, đã đóng.")]
public enum FundCallStatus
{
    [Description("Sắp mở")]
    Upcoming,
    [Description("Đang nhận hồ sơ")]
    Open,
    [Description("Đã đóng")]
    Closed,
}
