namespace TriThuc.Modules.Talent.Experts;

[Name("TalentExpertWorkKind")]
[Description("Loại việc chuyên gia tham gia, thuộc phân hệ khác.")]
public enum ExpertWorkKind
{
    [Description("Đề tài, nhiệm vụ khoa học và công nghệ (Sở Khoa học và Công nghệ)")]
    ScienceProject,
    [Description("Thỏa thuận hợp tác của Phân hiệu Đại học")]
    UniversityCooperation,
}
