namespace TriThuc.Modules.Associations.Consultations;

[Name("AssociationsResponseKind")]
[Description("Cơ quan trả lời một kiến nghị.")]
public enum ResponseKind
{
    [Description("Tiếp thu")]
    Accepted,
    [Description("Giải trình")]
    Explained,
}
