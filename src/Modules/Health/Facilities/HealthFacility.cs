namespace TriThuc.Modules.Health.Facilities;

/// <summary>
/// The Health department's profile of a Registry unit that is a health facility: its level, beds and whether it has a
/// doctor post. Its area class is not kept here: it is the Registry's dated classification of the commune it stands
/// in (<see cref="CommuneId"/>), asked for on a day.
/// </summary>
public sealed class HealthFacility : Entity
{
    /// <summary>The Registry unit (a hospital, a medical centre, a commune health station); one profile per unit.</summary>
    public Guid UnitId { get; set; }

    public FacilityLevel Level { get; set; }

    public int Beds { get; set; }

    /// <summary>Whether the facility has a post for a doctor (định biên bác sĩ).</summary>
    public bool HasDoctorPost { get; set; }

    /// <summary>The administrative unit (commune, ward) the facility stands in, whose area class applies to it.</summary>
    public Guid? CommuneId { get; set; }
}
