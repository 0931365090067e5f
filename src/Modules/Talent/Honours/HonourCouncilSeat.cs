namespace TriThuc.Modules.Talent.Honours;

/// <summary>A seat on a round's selection council, held by a Registry intellectual.</summary>
public sealed class HonourCouncilSeat : Entity
{
    public Guid RoundId { get; set; }

    [DataSubject]
    public Guid IntellectualId { get; set; }

    public HonourCouncilRole Role { get; set; }
}

/// <summary>A seat's score of one nomination: about the nominee, and given by the seat's holder.</summary>
public sealed class HonourScore : Entity
{
    [DataSubjectVia(typeof(HonourNomination), nameof(HonourNomination.IntellectualId))]
    public Guid NominationId { get; set; }

    [DataSubjectVia(typeof(HonourCouncilSeat), nameof(HonourCouncilSeat.IntellectualId))]
    public Guid SeatId { get; set; }

    [PersonalData]
    public int Score { get; set; }
}

/// <summary>
/// A seat removed from a round's council before its decision: who held it, the day and the reason, and how many scores
/// went with it. The seat and its scores are deleted (each deletion audited); this record keeps why.
/// </summary>
public sealed class HonourSeatRemoval : Entity
{
    public Guid RoundId { get; set; }

    public Guid SeatId { get; set; }

    [DataSubject]
    public Guid IntellectualId { get; set; }

    public HonourCouncilRole Role { get; set; }

    public DateOnly RemovedOn { get; set; }

    [PersonalData]
    public string Reason { get; set; } = "";

    public int ScoresRemoved { get; set; }
}
