namespace TriThuc.Host.Configuration;

/// <summary>The audit chain (<c>TriThuc:Audit:…</c>, docs/security.md).</summary>
public sealed class AuditOptions
{
    /// <summary>
    /// Base64 of at least 32 random bytes: the HMAC key of every log's chain. Hosts sharing a database must share it.
    /// None: a key created once in the data folder (<see cref="Audit.AuditChainKey.KeyFile"/>).
    /// </summary>
    public string? ChainKey { get; set; }

    /// <summary>Whether the host walks every chain after it starts (logged, and shown by <c>/health/ready</c>).</summary>
    public bool VerifyAtStartup { get; set; } = true;
}
