namespace TriThuc.Modules.Registry.People;

/// <summary>What a clerk enters for a person; the same shape creates and updates.</summary>
public sealed class IntellectualInput
{
    public string FullName { get; init; } = "";

    public Gender Gender { get; init; }

    public DateOnly DateOfBirth { get; init; }

    public string EthnicGroupCode { get; init; } = "";

    public string? NationalId { get; init; }

    public string? StaffCode { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public Guid UnitId { get; init; }

    public string? JobTitle { get; init; }

    public string FieldCode { get; init; } = "";

    public bool IsPublicSector { get; init; }

    public bool IsRemotePosting { get; init; }

    public Careers.AcademicTitle? AcademicTitle { get; init; }

    public int? AcademicTitleYear { get; init; }

    public Careers.PoliticalTheoryLevel? PoliticalTheoryLevel { get; init; }
}
