using System.ComponentModel;

namespace TriThuc.SharedKernel.Experts;

[Description("Loại bằng chứng về chuyên môn của một người.")]
public enum ExpertEvidenceKind
{
    [Description("Bằng cấp (trình độ chuyên môn) đúng ngành, lĩnh vực")]
    Degree,
    [Description("Học hàm (Giáo sư, Phó Giáo sư) trong lĩnh vực")]
    Title,
    [Description("Chủ nhiệm hoặc thành viên đề tài, nhiệm vụ khoa học và công nghệ")]
    Project,
    [Description("Thành viên hội đồng thẩm định, nghiệm thu đề tài")]
    CouncilSeat,
    [Description("Kết quả nghiên cứu: bài báo, sách, sáng chế, đề tài cơ sở")]
    ResearchOutput,
}
