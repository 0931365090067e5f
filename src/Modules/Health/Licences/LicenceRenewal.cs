namespace TriThuc.Modules.Health.Licences;

/// <summary>A renewal (Decree 96/2023/NĐ-CP): filed on a day, it moves the licence's expiry five years on.</summary>
public sealed class LicenceRenewal : Entity
{
    [DataSubjectVia(typeof(PractisingLicence), nameof(PractisingLicence.HolderId))]
    public Guid LicenceId { get; set; }

    public DateOnly FiledOn { get; set; }

    public DateOnly PreviousExpiry { get; set; }

    public DateOnly NewExpiry { get; set; }

    /// <summary>The continuing-education hours of the cycle when it was filed.</summary>
    public int CmeHours { get; set; }
}
