namespace TriThuc.Modules.Education.Gifted;

/// <summary>
/// A pupil in the gifted pipeline: a child, so only the minimum (name, school, year of birth, gender, ethnic group)
/// with the legal basis for keeping it. The national ID is never stored, only its keyed hash, and only to link the
/// pupil, with consent to follow-up, to their Registry record when they come back as an intellectual.
/// </summary>
public sealed class Pupil : Entity
{
    [PersonalData]
    public string FullName { get; set; } = "";

    public Guid SchoolUnitId { get; set; }

    [PersonalData]
    public int BirthYear { get; set; }

    [PersonalData]
    public PupilGender Gender { get; set; }

    [PersonalData]
    public string EthnicGroupCode { get; set; } = "";

    public LegalBasis LegalBasis { get; set; }

    /// <summary>HMAC-SHA256 of the national ID under the module's key; null when none was given.</summary>
    [PersonalData]
    public string? NationalIdHash { get; set; }

    /// <summary>The day the pupil (or a parent, for a minor) consented to follow-up into the Registry; null without consent.</summary>
    public DateOnly? FollowUpConsentOn { get; set; }

    /// <summary>The Registry record the pupil was linked to, with consent.</summary>
    [DataSubject]
    public Guid? LinkedPersonId { get; set; }
}
