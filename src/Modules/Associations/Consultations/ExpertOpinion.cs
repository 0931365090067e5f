namespace TriThuc.Modules.Associations.Consultations;

/// <summary>One panel expert's written opinion on the request.</summary>
public sealed class ExpertOpinion : Entity
{
    public Guid RequestId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public string Text { get; set; } = "";

    public DateOnly GivenOn { get; set; }
}
