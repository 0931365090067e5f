namespace TriThuc.Modules.University.Cooperation;

[Name("UniversityCooperationActivityKind")]
[Description("Loại hoạt động hợp tác trong một thỏa thuận.")]
public enum ActivityKind
{
    [Description("Trao đổi giảng viên, sinh viên")]
    Exchange,
    [Description("Dự án, đề tài hợp tác")]
    JointProject,
    [Description("Chuyên gia đến làm việc tại phân hiệu")]
    VisitingExpert,
    [Description("Giảng viên đi giảng dạy, làm việc tại đối tác")]
    OutgoingLecturer,
}
