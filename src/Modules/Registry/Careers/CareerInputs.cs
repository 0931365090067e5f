using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Careers;

public sealed class QualificationInput
{
    public Degree Degree { get; init; }

    public string Field { get; init; } = "";

    public string? FieldCode { get; init; }

    public string? Institution { get; init; }

    public string? Country { get; init; }

    public int Year { get; init; }
}

public sealed class LanguageSkillInput
{
    public string Language { get; init; } = "";

    public int Level { get; init; }
}

public sealed class LeadershipPositionInput
{
    public string Title { get; init; } = "";

    public PositionLevel Level { get; init; }

    public Guid UnitId { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public Degree? RequiredDegree { get; init; }

    public string? RequiredFieldCode { get; init; }
}

public sealed class TrainingInput
{
    public TrainingKind Kind { get; init; }

    public string Title { get; init; } = "";

    public string Provider { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public int Hours { get; init; }

    public string? Certificate { get; init; }
}

public sealed class HonourInput
{
    public int Year { get; init; }

    public string Title { get; init; } = "";

    public string AwardedBy { get; init; } = "";
}
