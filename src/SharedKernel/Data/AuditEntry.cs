namespace TriThuc.SharedKernel.Data;

/// <summary>
/// One change to one record, written in the same transaction as the change itself: who, when, from
/// which request, and each changed field's value before and after (as JSON). Append-only: the
/// platform refuses to update or delete an entry, and the API offers no way to.
/// </summary>
public sealed class AuditEntry : IChained
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The entity's CLR type name, e.g. "Intellectual".</summary>
    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public AuditAction Action { get; set; }

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    public string? RequestId { get; set; }

    /// <summary>JSON object: field name → { "before": value, "after": value }.</summary>
    public string Changes { get; set; } = "{}";

    public long? ChainIndex { get; set; }

    public string? ChainHash { get; set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
