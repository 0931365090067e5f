namespace TriThuc.Modules.Associations.Terms;

public sealed class LeaderInput
{
    public Guid PersonId { get; init; }

    public LeaderRole Role { get; init; }

    public DateOnly AppointedOn { get; init; }
}
