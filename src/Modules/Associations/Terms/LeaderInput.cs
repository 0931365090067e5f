namespace TriThuc.Modules.Associations.Terms;

public sealed class LeaderInput
{
    public Guid PersonId { get; init; }

    public LeaderRole Role { get; init; }

    public DateOnly AppointedOn { get; init; }
}

/// <summary>A leader leaving their seat within the term: the last day in it and why.</summary>
public sealed class LeaderLeaveInput
{
    public DateOnly LeftOn { get; init; }

    public string Reason { get; init; } = "";
}
