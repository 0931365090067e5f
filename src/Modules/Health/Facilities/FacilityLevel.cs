namespace TriThuc.Modules.Health.Facilities;

[Name("HealthFacilityLevel")]
[Description("Tuyến, loại của cơ sở y tế.")]
public enum FacilityLevel
{
    [Description("Bệnh viện tuyến tỉnh")]
    ProvincialHospital,
    [Description("Bệnh viện đa khoa khu vực")]
    RegionalHospital,
    [Description("Trung tâm y tế khu vực")]
    RegionalMedicalCentre,
    [Description("Trung tâm y tế huyện (trước ngày 01/7/2025)")]
    DistrictMedicalCentre,
    [Description("Trạm y tế xã, phường")]
    CommuneHealthStation,
    [Description("Cơ sở y tế khác")]
    Other,
}
