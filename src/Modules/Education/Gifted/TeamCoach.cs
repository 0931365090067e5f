namespace TriThuc.Modules.Education.Gifted;

/// <summary>A teacher coaching a team.</summary>
public sealed class TeamCoach : Entity
{
    public Guid TeamId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }
}
