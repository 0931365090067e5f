namespace TriThuc.Modules.Education.TeachingAssignments;

[Name("EducationTeachingAssignmentOrder")]
[Description("Thứ tự danh sách.")]
public enum TeachingAssignmentOrder
{
    [Description("Theo tên, không phân biệt dấu (mặc định)")]
    TitleAscending,
    [Description("Bắt đầu muộn nhất trước")]
    StartedOnDescending,
}
