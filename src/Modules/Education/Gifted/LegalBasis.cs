namespace TriThuc.Modules.Education.Gifted;

/// <summary>Why the department may process a pupil's data (Law 91/2025/QH15: a child's data needs a recorded basis).</summary>
[Name("EducationLegalBasis")]
[Description("Căn cứ xử lý dữ liệu cá nhân của học sinh (trẻ em) theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.")]
public enum LegalBasis
{
    [Description("Cha mẹ hoặc người giám hộ đồng ý")]
    ParentalConsent,
    [Description("Thực hiện nhiệm vụ tổ chức thi theo quy định của pháp luật")]
    LegalDuty,
}
