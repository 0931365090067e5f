namespace TriThuc.Modules.University.Cooperation;

[Name("UniversityAgreementType")]
[Description("Loại văn bản hợp tác.")]
public enum AgreementType
{
    [Description("Biên bản ghi nhớ (MOU)")]
    MemorandumOfUnderstanding,
    [Description("Thỏa thuận hợp tác khung, toàn diện")]
    FrameworkAgreement,
    [Description("Thỏa thuận trao đổi giảng viên, sinh viên")]
    ExchangeAgreement,
    [Description("Thỏa thuận, hợp đồng hợp tác nghiên cứu")]
    ResearchAgreement,
    [Description("Thỏa thuận liên kết đào tạo")]
    TrainingAgreement,
}
