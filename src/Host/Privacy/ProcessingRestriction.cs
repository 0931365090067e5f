using TriThuc.SharedKernel.Domain;

namespace TriThuc.Host.Privacy;

/// <summary>A restriction on processing one person's data; lifting it keeps the record, with who lifted it when.</summary>
public sealed class ProcessingRestriction : Entity
{
    public string PersonId { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset? LiftedAt { get; set; }
}
