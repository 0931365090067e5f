namespace TriThuc.SharedKernel.Events;

/// <summary>Remembers that one handler has handled one event, so that it never runs twice for it.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public string HandlerKey { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
