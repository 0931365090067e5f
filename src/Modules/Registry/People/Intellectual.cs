namespace TriThuc.Modules.Registry.People;

/// <summary>A person in the provincial database of intellectuals (trí thức).</summary>
public sealed class Intellectual : Entity, IVersioned
{
    /// <summary>Added to by every change; an update must name the version it was made from (optimistic concurrency).</summary>
    public int Version { get; set; }

    private string _fullName = "";

    public string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value;
            SearchName = VietnameseText.Fold(value);
        }
    }

    /// <summary>The name without diacritics, lower case: what name search compares against.</summary>
    public string SearchName { get; private set; } = "";

    public Gender Gender { get; set; }

    [PersonalData]
    public DateOnly DateOfBirth { get; set; }

    /// <summary>Sensitive personal data under Law 91/2025/QH15.</summary>
    [PersonalData]
    public string EthnicGroupCode { get; set; } = "";

    /// <summary>Số định danh cá nhân (12 digits); optional, unique when present. Protected personal data.</summary>
    [PersonalData]
    public string? NationalId { get; set; }

    /// <summary>
    /// The platform's keyed hash of <see cref="NationalId"/> (<see cref="NationalIdHasher"/>), kept beside it and indexed
    /// so that other modules find a person by a hash they hold without the number crossing; null when there is no
    /// number or no key. Set on every save (<see cref="Data.RegistryDbContext"/>).
    /// </summary>
    [PersonalData]
    public string? NationalIdHash { get; set; }

    /// <summary>The employer's staff code; with the national ID, the key of idempotent imports.</summary>
    public string? StaffCode { get; set; }

    [PersonalData]
    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid UnitId { get; set; }

    public string? JobTitle { get; set; }

    public string FieldCode { get; set; } = "";

    public bool IsPublicSector { get; set; }

    /// <summary>Posted to a remote, mountainous or border area.</summary>
    public bool IsRemotePosting { get; set; }

    /// <summary>Học hàm, when the person holds one.</summary>
    public Careers.AcademicTitle? AcademicTitle { get; set; }

    public int? AcademicTitleYear { get; set; }

    public Careers.PoliticalTheoryLevel? PoliticalTheoryLevel { get; set; }

    public EmploymentStatus Status { get; set; } = EmploymentStatus.Working;

    public DateOnly? StatusSince { get; set; }

    /// <summary>Set when this record was found to be a duplicate and merged into another; it then leaves every list.</summary>
    public Guid? MergedIntoId { get; set; }
}
