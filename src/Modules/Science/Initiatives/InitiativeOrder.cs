namespace TriThuc.Modules.Science.Initiatives;

[Name("ScienceInitiativeOrder")]
[Description("Thứ tự danh sách sáng kiến, sáng chế.")]
public enum InitiativeOrder
{
    [Description("Năm công nhận mới nhất trước (mặc định)")]
    YearDescending,
    [Description("Theo tên, không phân biệt dấu")]
    TitleAscending,
}
