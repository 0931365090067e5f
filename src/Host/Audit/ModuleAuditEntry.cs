namespace TriThuc.Host.Audit;

/// <summary>An audit entry together with the module whose database holds it.</summary>
internal sealed record ModuleAuditEntry(string Module, AuditEntry Entry);
