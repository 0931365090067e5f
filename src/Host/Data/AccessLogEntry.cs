namespace TriThuc.Host.Data;

/// <summary>One caller reading sensitive fields of one record in one request. Written by the platform only.</summary>
public sealed class AccessLogEntry : SharedKernel.Data.IChained
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset ReadAt { get; set; }

    public string UserId { get; set; } = "";

    public string? RequestId { get; set; }

    /// <summary>The GraphQL type of the record, e.g. "Intellectual".</summary>
    public string RecordType { get; set; } = "";

    public string RecordId { get; set; } = "";

    /// <summary>The sensitive fields read, comma-separated, e.g. "ethnicGroup,nationalId".</summary>
    public string Fields { get; set; } = "";

    public long? ChainIndex { get; set; }

    public string? ChainHash { get; set; }
}
