namespace TriThuc.Modules.Associations.Consultations;

/// <summary>A Registry intellectual on the expert panel of a request.</summary>
public sealed class PanelSeat : Entity
{
    public Guid RequestId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }
}
