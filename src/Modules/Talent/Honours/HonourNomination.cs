namespace TriThuc.Modules.Talent.Honours;

/// <summary>A Registry intellectual nominated by a unit in a round, with the achievements and evidence the unit submits.</summary>
public sealed class HonourNomination : Entity
{
    public Guid RoundId { get; set; }

    [DataSubject]
    public Guid IntellectualId { get; set; }

    public Guid NominatingUnitId { get; set; }

    public DateTimeOffset NominatedAt { get; set; }

    public NominationStatus Status { get; set; }

    /// <summary>The failed criteria, comma-separated (<see cref="Failed"/>); empty when eligible.</summary>
    public string FailedCriteria { get; set; } = "";

    /// <summary>Years of work on the Registry's records when nominated; null when the Registry has none.</summary>
    public int? YearsOfWork { get; set; }

    /// <summary>
    /// The place of the unit's quota this nomination holds (1, 2, …), null when ineligible. A unique index on round, unit
    /// and place lets only one of two nominations filed at the same instant take the unit's last place.
    /// </summary>
    public int? QuotaPlace { get; set; }

    /// <summary>The member who chairs the council on this nomination in the chair's place, when the chair has a conflict with it.</summary>
    public Guid? ActingChairSeatId { get; set; }

    public List<HonourAchievement> Achievements { get; set; } = [];

    public List<HonourEvidence> Evidence { get; set; } = [];

    public List<HonourScore> Scores { get; set; } = [];

    public IReadOnlyList<NominationCriterion> Failed =>
        FailedCriteria.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<NominationCriterion>).ToList();
}

/// <summary>One achievement a nomination rests on. An achievement is honoured once (Law 06/2022/QH15).</summary>
public sealed class HonourAchievement : Entity
{
    [DataSubjectVia(typeof(HonourNomination), nameof(HonourNomination.IntellectualId))]
    public Guid NominationId { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public AchievementKind Kind { get; set; }

    /// <summary>The title folded (case, diacritics, spaces) with the year: how the same achievement is recognised again.</summary>
    public string Key { get; set; } = "";
}

/// <summary>A file submitted as evidence: its name and the SHA-256 of its content; the file itself stays in the department's records.</summary>
public sealed class HonourEvidence : Entity
{
    [DataSubjectVia(typeof(HonourNomination), nameof(HonourNomination.IntellectualId))]
    public Guid NominationId { get; set; }

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string? Description { get; set; }
}

/// <summary>An achievement once honoured, kept so that it is never honoured again; a unique index holds the rule in the database.</summary>
public sealed class HonouredAchievement : Entity
{
    [DataSubject]
    public Guid IntellectualId { get; set; }

    public string Key { get; set; } = "";

    public Guid NominationId { get; set; }
}
