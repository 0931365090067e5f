namespace TriThuc.Modules.Health.Education;

/// <summary>The forms of continuing medical education (Circular 32/2023/TT-BYT).</summary>
[Name("HealthCmeForm")]
[Description("Hình thức đào tạo liên tục trong lĩnh vực y tế.")]
public enum CmeForm
{
    [Description("Khóa đào tạo, bồi dưỡng ngắn hạn")]
    Course,
    [Description("Hội nghị, hội thảo chuyên môn")]
    Conference,
    [Description("Đào tạo trực tuyến")]
    Online,
    [Description("Nghiên cứu khoa học, bài báo chuyên môn")]
    Research,
    [Description("Biên soạn giáo trình, tài liệu chuyên môn")]
    Curriculum,
    [Description("Hướng dẫn, chuyển giao kỹ thuật")]
    Mentoring,
}
