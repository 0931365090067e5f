namespace TriThuc.Modules.Science.Councils;

[Name("ScienceCouncilOrder")]
[Description("Thứ tự danh sách hội đồng.")]
public enum CouncilOrder
{
    [Description("Ngày thành lập sớm nhất trước (mặc định)")]
    FormedOnAscending,
    [Description("Ngày thành lập muộn nhất trước")]
    FormedOnDescending,
}
