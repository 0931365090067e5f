namespace TriThuc.Modules.Registry.People;

/// <summary>
/// What a clerk changes on a person: only the fields sent change, a field sent as null is cleared (where it may be empty).
/// Protected personal data (birth date, ethnicity, national ID, phone) may be changed only by whoever may read it.
/// </summary>
public sealed class IntellectualUpdateInput : PartialInput
{
    /// <summary>The fields every record has; sending null for one is refused rather than clearing it.</summary>
    private static readonly string[] Required = ["fullName", "gender", "dateOfBirth", "ethnicGroupCode", "unitId", "fieldCode", "isPublicSector", "isRemotePosting"];

    /// <summary>The version the clerk read (<see cref="Intellectual.Version"/>): a change made from an older one is refused.</summary>
    public int Version { get; init; }

    public string? FullName { get; init; }

    public Gender? Gender { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? EthnicGroupCode { get; init; }

    public string? NationalId { get; init; }

    public string? StaffCode { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public Guid? UnitId { get; init; }

    public string? JobTitle { get; init; }

    public string? FieldCode { get; init; }

    public bool? IsPublicSector { get; init; }

    public bool? IsRemotePosting { get; init; }

    public Careers.AcademicTitle? AcademicTitle { get; init; }

    public int? AcademicTitleYear { get; init; }

    public Careers.PoliticalTheoryLevel? PoliticalTheoryLevel { get; init; }

    /// <summary>The whole record as it will be after this change: the sent fields over <paramref name="current"/>.</summary>
    public IntellectualInput Over(Intellectual current)
    {
        var cleared = Required.FirstOrDefault(field => Has(field) && ValueOf(field) is null);
        if (cleared is not null)
        {
            throw DomainException.Validation(cleared, "Trường này là bắt buộc, không xóa được; hãy bỏ trường khỏi yêu cầu nếu không muốn sửa.");
        }

        return new IntellectualInput
        {
            FullName = Or("fullName", FullName, current.FullName)!,
            Gender = Or("gender", Gender, current.Gender)!.Value,
            DateOfBirth = Or("dateOfBirth", DateOfBirth, current.DateOfBirth)!.Value,
            EthnicGroupCode = Or("ethnicGroupCode", EthnicGroupCode, current.EthnicGroupCode)!,
            NationalId = Or("nationalId", NationalId, current.NationalId),
            StaffCode = Or("staffCode", StaffCode, current.StaffCode),
            Phone = Or("phone", Phone, current.Phone),
            Email = Or("email", Email, current.Email),
            UnitId = Or("unitId", UnitId, current.UnitId)!.Value,
            JobTitle = Or("jobTitle", JobTitle, current.JobTitle),
            FieldCode = Or("fieldCode", FieldCode, current.FieldCode)!,
            IsPublicSector = Or("isPublicSector", IsPublicSector, current.IsPublicSector)!.Value,
            IsRemotePosting = Or("isRemotePosting", IsRemotePosting, current.IsRemotePosting)!.Value,
            AcademicTitle = Or("academicTitle", AcademicTitle, current.AcademicTitle),
            AcademicTitleYear = Or("academicTitleYear", AcademicTitleYear, current.AcademicTitleYear),
            PoliticalTheoryLevel = Or("politicalTheoryLevel", PoliticalTheoryLevel, current.PoliticalTheoryLevel),
        };
    }

    private object? ValueOf(string field) => field switch
    {
        "fullName" => FullName,
        "gender" => Gender,
        "dateOfBirth" => DateOfBirth,
        "ethnicGroupCode" => EthnicGroupCode,
        "unitId" => UnitId,
        "fieldCode" => FieldCode,
        "isPublicSector" => IsPublicSector,
        "isRemotePosting" => IsRemotePosting,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
