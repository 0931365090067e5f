namespace TriThuc.Modules.Health.Facilities;

public sealed class FacilityInput
{
    public Guid UnitId { get; init; }

    public FacilityLevel Level { get; init; }

    public int Beds { get; init; }

    public bool HasDoctorPost { get; init; }

    public Guid? CommuneId { get; init; }
}
