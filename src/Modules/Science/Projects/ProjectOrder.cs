namespace TriThuc.Modules.Science.Projects;

[Name("ScienceProjectOrder")]
[Description("Thứ tự danh sách đề tài.")]
public enum ProjectOrder
{
    [Description("Theo mã đề tài, A → Z (mặc định)")]
    CodeAscending,
    [Description("Theo mã đề tài, Z → A")]
    CodeDescending,
    [Description("Theo tên đề tài, không phân biệt dấu")]
    TitleAscending,
    [Description("Ngày bắt đầu dự kiến muộn nhất trước")]
    PlannedStartDescending,
}
