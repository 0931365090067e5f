namespace TriThuc.Modules.Associations.Consultations;

[Name("AssociationsConflictReason")]
[Description("Lý do một người không được vào hội đồng chuyên gia của yêu cầu.")]
public enum ConflictReason
{
    [Description("Tham gia soạn thảo nội dung được tư vấn, phản biện")]
    Drafter,
    [Description("Có xung đột lợi ích đã khai báo")]
    Declared,
}
