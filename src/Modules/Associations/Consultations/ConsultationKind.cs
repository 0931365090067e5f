namespace TriThuc.Modules.Associations.Consultations;

[Name("AssociationsConsultationKind")]
[Description("Loại yêu cầu (Quyết định 14/2014/QĐ-TTg).")]
public enum ConsultationKind
{
    [Description("Tư vấn")]
    Consultation,
    [Description("Phản biện")]
    Critique,
    [Description("Giám định xã hội")]
    SocialReview,
}
