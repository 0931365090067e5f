namespace TriThuc.SharedKernel.Events;

/// <summary>
/// A fact one module tells the others, e.g. "two intellectuals were merged". Declare events in the
/// publisher's *.Contracts assembly so that every module sees the same type.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
