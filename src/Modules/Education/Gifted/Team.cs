namespace TriThuc.Modules.Education.Gifted;

/// <summary>The province's team (đội tuyển) for one subject of a contest, with its coaching teachers (Registry intellectuals).</summary>
public sealed class Team : Entity
{
    public Guid ContestId { get; set; }

    public string Subject { get; set; } = "";

    public List<TeamCoach> Coaches { get; set; } = [];
}
