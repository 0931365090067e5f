namespace TriThuc.Modules.University.Cooperation;

[Name("UniversityAgreementOrigin")]
[Description("Đối tác hợp tác trong nước hay nước ngoài.")]
public enum AgreementOrigin
{
    [Description("Trong nước")]
    Domestic,
    [Description("Nước ngoài")]
    Foreign,
}
