namespace TriThuc.Modules.Associations.Consultations;

[Name("AssociationsConsultationSubjectKind")]
[Description("Đối tượng được tư vấn, phản biện, giám định.")]
public enum ConsultationSubjectKind
{
    [Description("Chính sách")]
    Policy,
    [Description("Quy hoạch, kế hoạch")]
    Plan,
    [Description("Chương trình")]
    Programme,
    [Description("Đề án, dự án")]
    Project,
}
