namespace TriThuc.Modules.Health.Licences;

[Name("HealthLicenceStatus")]
[Description("Tình trạng của giấy phép hành nghề vào một ngày, suy ra từ ngày cấp, hạn và các quyết định.")]
public enum LicenceStatus
{
    [Description("Còn hiệu lực")]
    Valid,
    [Description("Hết hạn")]
    Expired,
    [Description("Bị đình chỉ")]
    Suspended,
    [Description("Bị thu hồi")]
    Revoked,
}
