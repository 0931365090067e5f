namespace TriThuc.Modules.Talent.Remote;

/// <summary>A month of support already paid to a person, so that nothing is paid twice.</summary>
public sealed class RemotePayment : Entity
{
    public Guid PostingId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public RemoteSupportKind Kind { get; set; }

    /// <summary>The first day of the month paid for.</summary>
    public DateOnly Month { get; set; }
}
