namespace TriThuc.Modules.Education.Gifted;

[Name("EducationPupilGender")]
[Description("Giới tính của học sinh.")]
public enum PupilGender
{
    [Description("Nam")]
    Male,
    [Description("Nữ")]
    Female,
}
