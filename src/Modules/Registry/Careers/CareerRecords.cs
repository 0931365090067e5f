using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>A degree a person holds.</summary>
public sealed class Qualification : Entity
{
    [DataSubject]
    public Guid IntellectualId { get; set; }

    public Degree Degree { get; set; }

    public string Field { get; set; } = "";

    /// <summary>The expertise field (lĩnh vực) of the degree, a code of the expertise fields; what T3 compares with a post's field.</summary>
    public string? FieldCode { get; set; }

    public string? Institution { get; set; }

    public string? Country { get; set; }

    public int Year { get; set; }
}

/// <summary>A foreign language and its level in the Vietnamese six-level framework (1–6 = CEFR A1–C2).</summary>
public sealed class LanguageSkill : Entity
{
    [DataSubject]
    public Guid IntellectualId { get; set; }

    public string Language { get; set; } = "";

    public int Level { get; set; }
}

/// <summary>A leadership or management post (cán bộ lãnh đạo, quản lý), held from a date, until a date or still.</summary>
public sealed class LeadershipPosition : Entity
{
    [DataSubject]
    public Guid IntellectualId { get; set; }

    public string Title { get; set; } = "";

    public PositionLevel Level { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>The qualification the post requires, when set: a holder without it does not meet the standard.</summary>
    public Degree? RequiredDegree { get; set; }

    /// <summary>The expertise field the post requires the degree to be in, when set (a code of the expertise fields).</summary>
    public string? RequiredFieldCode { get; set; }
}

/// <summary>A training course (bồi dưỡng) a person attended.</summary>
public sealed class Training : Entity
{
    [DataSubject]
    public Guid IntellectualId { get; set; }

    public TrainingKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Provider { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public int Hours { get; set; }

    public string? Certificate { get; set; }
}

/// <summary>An honour (danh hiệu, khen thưởng), e.g. an outstanding intellectual of the province.</summary>
public sealed class Honour : Entity
{
    [DataSubject]
    public Guid IntellectualId { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    public string AwardedBy { get; set; } = "";
}
