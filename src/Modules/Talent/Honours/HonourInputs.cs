namespace TriThuc.Modules.Talent.Honours;

public sealed class HonourRoundInput
{
    public int Year { get; init; }

    public string Title { get; init; } = "";

    public int MinimumYearsOfWork { get; init; }

    public string RequiredAchievements { get; init; } = "";

    public DateTimeOffset OpensAt { get; init; }

    public DateTimeOffset ClosesAt { get; init; }

    public List<HonourQuotaInput> Quotas { get; init; } = [];
}

public sealed class HonourQuotaInput
{
    public Guid UnitId { get; init; }

    public int Quota { get; init; }
}

public sealed class NominationInput
{
    public Guid RoundId { get; init; }

    public Guid IntellectualId { get; init; }

    public Guid NominatingUnitId { get; init; }

    public List<AchievementInput> Achievements { get; init; } = [];

    public List<EvidenceInput>? Evidence { get; init; }
}

public sealed class AchievementInput
{
    public string Title { get; init; } = "";

    public int Year { get; init; }

    public AchievementKind Kind { get; init; }
}

public sealed class EvidenceInput
{
    public string FileName { get; init; } = "";

    public string Sha256 { get; init; } = "";

    public string? Description { get; init; }
}

public sealed class HonourSeatInput
{
    public Guid IntellectualId { get; init; }

    public HonourCouncilRole Role { get; init; }
}

public sealed class HonourDecisionInput
{
    public string Number { get; init; } = "";

    public DateOnly DecidedOn { get; init; }

    public string AwardedBy { get; init; } = "";
}

public sealed class HonourSeatRemovalInput
{
    public DateOnly RemovedOn { get; init; }

    public string Reason { get; init; } = "";
}
