namespace TriThuc.Modules.Registry.People;

/// <summary>The filters of the intellectuals list; every one is optional and they combine with AND.</summary>
public sealed class IntellectualFilter
{
    /// <summary>People of this unit and of every unit below it.</summary>
    public Guid? UnitId { get; init; }

    public string? FieldCode { get; init; }

    public Gender? Gender { get; init; }

    public bool? EthnicMinority { get; init; }

    public int? AgeFrom { get; init; }

    public int? AgeTo { get; init; }

    public EmploymentStatus? Status { get; init; }

    public bool? RemotePosting { get; init; }

    public bool? PublicSector { get; init; }

    /// <summary>People holding a qualification of this degree.</summary>
    public Careers.Degree? Degree { get; init; }

    public Careers.AcademicTitle? AcademicTitle { get; init; }

    /// <summary>People holding a leadership post today (true) or not (false).</summary>
    public bool? Leader { get; init; }

    /// <summary>People who attended a training that ended in this year.</summary>
    public int? TrainedInYear { get; init; }

    /// <summary>Name search that ignores diacritics and case: "nguyen van an" finds "Nguyễn Văn An".</summary>
    public string? Search { get; init; }
}

[Description("Thứ tự danh sách trí thức.")]
public enum IntellectualOrder
{
    [Description("Theo họ tên, A → Z")]
    NameAscending,
    [Description("Theo họ tên, Z → A")]
    NameDescending,
    [Description("Theo ngày sinh, sớm nhất trước")]
    DateOfBirthAscending,
    [Description("Theo ngày sinh, muộn nhất trước")]
    DateOfBirthDescending,
}
