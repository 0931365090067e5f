namespace TriThuc.Modules.Associations.Consultations;

/// <summary>The agency's answer to one recommendation: accepted (tiếp thu) or explained (giải trình), with its text and day.</summary>
public sealed class RecommendationResponse : Entity
{
    public Guid RecommendationId { get; set; }

    public ResponseKind Kind { get; set; }

    public string Text { get; set; } = "";

    public DateOnly AnsweredOn { get; set; }
}
