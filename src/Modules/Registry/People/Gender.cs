namespace TriThuc.Modules.Registry.People;

[Description("Giới tính.")]
public enum Gender
{
    [Description("Nam")]
    Male,
    [Description("Nữ")]
    Female,
}
