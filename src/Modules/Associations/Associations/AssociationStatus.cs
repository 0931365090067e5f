namespace TriThuc.Modules.Associations.Associations;

[Name("AssociationsAssociationStatus")]
[Description("Tình trạng hoạt động của hội theo quyết định.")]
public enum AssociationStatus
{
    [Description("Đang hoạt động")]
    Active,
    [Description("Bị đình chỉ hoạt động")]
    Suspended,
    [Description("Đã giải thể")]
    Dissolved,
}
