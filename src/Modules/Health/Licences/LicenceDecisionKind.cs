namespace TriThuc.Modules.Health.Licences;

[Name("HealthLicenceDecisionKind")]
[Description("Loại quyết định về giấy phép hành nghề.")]
public enum LicenceDecisionKind
{
    [Description("Đình chỉ")]
    Suspension,
    [Description("Cho hành nghề trở lại")]
    Reinstatement,
    [Description("Thu hồi")]
    Revocation,
}
