namespace TriThuc.Modules.Agriculture.Things;

[Name("AgricultureThingOrder")]
[Description("Thứ tự danh sách.")]
public enum ThingOrder
{
    [Description("Theo tên, không phân biệt dấu (mặc định)")]
    TitleAscending,
    [Description("Bắt đầu muộn nhất trước")]
    StartedOnDescending,
}
