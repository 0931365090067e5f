namespace TriThuc.Modules.Associations.Consultations;

/// <summary>A person kept off the request's panel: a drafter of the subject, or a conflict of interest declared later.</summary>
public sealed class ConsultationConflict : Entity
{
    public Guid RequestId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public ConflictReason Reason { get; set; }
}
