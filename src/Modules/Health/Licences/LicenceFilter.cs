namespace TriThuc.Modules.Health.Licences;

/// <summary>The filters of the list of licences; every one is optional and they combine with AND.</summary>
public sealed class LicenceFilter
{
    public Guid? HolderId { get; init; }

    public ProfessionalTitle? Title { get; init; }

    /// <summary>Licences of people the Registry places in this facility's unit or below it.</summary>
    public Guid? FacilityId { get; init; }

    /// <summary>The licence with this number.</summary>
    public string? Number { get; init; }
}
