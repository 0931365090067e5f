namespace TriThuc.Modules.Talent.Honours;

/// <summary>A seat on a round's selection council, held by a Registry intellectual.</summary>
public sealed class HonourCouncilSeat : Entity
{
    public Guid RoundId { get; set; }

    [DataSubject]
    public Guid IntellectualId { get; set; }

    public HonourCouncilRole Role { get; set; }
}

/// <summary>A seat's score of one nomination.</summary>
public sealed class HonourScore : Entity
{
    public Guid NominationId { get; set; }

    public Guid SeatId { get; set; }

    [PersonalData]
    public int Score { get; set; }
}
