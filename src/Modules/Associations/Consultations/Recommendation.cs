namespace TriThuc.Modules.Associations.Consultations;

/// <summary>One recommendation of a consolidated opinion, numbered within it, and the agency's answer once given.</summary>
public sealed class Recommendation : Entity
{
    public Guid OpinionId { get; set; }

    public Guid RequestId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = "";

    public RecommendationResponse? Response { get; set; }
}
