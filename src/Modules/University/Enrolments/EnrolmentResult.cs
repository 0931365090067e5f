namespace TriThuc.Modules.University.Enrolments;

[Name("UniversityEnrolmentResult")]
[Description("Kết quả học tập của học viên trong một khóa bồi dưỡng.")]
public enum EnrolmentResult
{
    [Description("Đang học (chưa có kết quả)")]
    Enrolled,
    [Description("Đạt (hoàn thành khóa học)")]
    Passed,
    [Description("Không đạt")]
    Failed,
    [Description("Bỏ học, rút tên")]
    Withdrawn,
}
