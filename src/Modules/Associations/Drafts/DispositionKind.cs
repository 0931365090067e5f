namespace TriThuc.Modules.Associations.Drafts;

[Name("AssociationsDispositionKind")]
[Description("Cơ quan soạn thảo xử lý một ý kiến góp ý.")]
public enum DispositionKind
{
    [Description("Tiếp thu")]
    Accepted,
    [Description("Tiếp thu một phần")]
    PartlyAccepted,
    [Description("Không tiếp thu (có giải trình)")]
    NotAccepted,
}
