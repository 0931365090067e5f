namespace TriThuc.SharedKernel.Data;

/// <summary>
/// A row of an append-only log that is chained to the row before it (<see cref="AuditChain"/>): its place in its table's
/// chain and a hash over its own content and the previous row's hash, so that a row changed, replaced or deleted by
/// raw SQL is found by <c>verify-audit</c>. Set when the row is saved; code never sets them.
/// </summary>
public interface IChained
{
    /// <summary>1 for the first row of the table's chain, then one more for each row appended.</summary>
    long? ChainIndex { get; set; }

    /// <summary>HMAC-SHA-256 (hex) of the table, <see cref="ChainIndex"/>, the previous row's hash and every other column.</summary>
    string? ChainHash { get; set; }
}
