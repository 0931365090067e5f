namespace TriThuc.Modules.Education.Gifted;

public sealed class PupilInput
{
    public string FullName { get; init; } = "";

    public Guid SchoolUnitId { get; init; }

    public int BirthYear { get; init; }

    public PupilGender Gender { get; init; }

    public string EthnicGroupCode { get; init; } = "";

    public LegalBasis LegalBasis { get; init; }

    /// <summary>Hashed at once, never stored.</summary>
    public string? NationalId { get; init; }

    public DateOnly? FollowUpConsentOn { get; init; }
}
