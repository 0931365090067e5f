namespace TriThuc.Modules.Associations.Associations;

[Name("AssociationsAssociationKind")]
[Description("Loại hội.")]
public enum AssociationKind
{
    [Description("Liên hiệp các hội khoa học và kỹ thuật")]
    Union,
    [Description("Hội chuyên ngành")]
    Specialised,
    [Description("Hội văn học nghệ thuật")]
    LiteratureAndArts,
    [Description("Hội khác")]
    Other,
}
