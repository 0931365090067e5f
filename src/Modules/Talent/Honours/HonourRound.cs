namespace TriThuc.Modules.Talent.Honours;

/// <summary>
/// A year's round of honouring outstanding intellectuals: its criteria, the nomination window (on the server's clock),
/// the quota of each nominating unit, its selection council and, once decided, the decision.
/// </summary>
public sealed class HonourRound : Entity
{
    public int Year { get; set; }

    /// <summary>The honour conferred, as it goes on the person's Registry record ("Trí thức tiêu biểu tỉnh … năm 2026").</summary>
    public string Title { get; set; } = "";

    public int MinimumYearsOfWork { get; set; }

    /// <summary>What achievements the round asks for, in the words of its plan.</summary>
    public string RequiredAchievements { get; set; } = "";

    public DateTimeOffset OpensAt { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>Who confers the honour, as the Registry records it.</summary>
    public string? AwardedBy { get; set; }

    public List<HonourQuota> Quotas { get; set; } = [];

    public List<HonourCouncilSeat> Seats { get; set; } = [];

    public List<HonourSeatRemoval> Removals { get; set; } = [];

    public bool IsOpenAt(DateTimeOffset now) => OpensAt <= now && now < ClosesAt;

    public bool IsDecided => DecidedOn is not null;
}

/// <summary>How many intellectuals a Registry unit may nominate in a round.</summary>
public sealed class HonourQuota : Entity
{
    public Guid RoundId { get; set; }

    public Guid UnitId { get; set; }

    public int Quota { get; set; }
}
