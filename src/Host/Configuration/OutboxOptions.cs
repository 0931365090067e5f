namespace TriThuc.Host.Configuration;

public sealed class OutboxOptions
{
    /// <summary>Whether this host delivers integration events. Switch off on hosts that must only serve requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often outboxes are polled when no module has signalled new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
