using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Facilities;

/// <summary>The checks a facility's profile passes, each refusal naming its field in words a clerk can act on.</summary>
public static class FacilityRules
{
    public const int MaxBeds = 10_000;

    private static readonly UnitKind[] HealthKinds = [UnitKind.Hospital, UnitKind.MedicalCentre, UnitKind.CommuneHealthStation];

    private static readonly UnitKind[] AdministrativeKinds = [UnitKind.Commune, UnitKind.Ward, UnitKind.SpecialZone, UnitKind.District];

    public static void Apply(HealthFacility facility, FacilityInput input, UnitSummary unit, UnitSummary? commune)
    {
        if (!HealthKinds.Contains(unit.Kind))
        {
            throw DomainException.Validation("unitId", $"Đơn vị '{unit.Name}' không phải cơ sở y tế (bệnh viện, trung tâm y tế, trạm y tế xã) trong cơ sở dữ liệu trí thức.");
        }

        if (input.Level == FacilityLevel.CommuneHealthStation != (unit.Kind == UnitKind.CommuneHealthStation))
        {
            throw DomainException.Validation("level", $"Tuyến '{EnumLabels.Of(input.Level)}' không khớp loại đơn vị '{EnumLabels.Of(unit.Kind)}' của '{unit.Name}'.");
        }

        if (input.Beds is < 0 or > MaxBeds)
        {
            throw DomainException.Validation("beds", $"Số giường bệnh phải từ 0 đến {MaxBeds:N0}.");
        }

        if (commune is not null && !AdministrativeKinds.Contains(commune.Kind))
        {
            throw DomainException.Validation("communeId", $"'{commune.Name}' không phải đơn vị hành chính cấp xã; hãy chọn xã, phường nơi cơ sở đặt trụ sở.");
        }

        facility.UnitId = unit.Id;
        facility.Level = input.Level;
        facility.Beds = input.Beds;
        facility.HasDoctorPost = input.HasDoctorPost;
        facility.CommuneId = commune?.Id;
    }
}
