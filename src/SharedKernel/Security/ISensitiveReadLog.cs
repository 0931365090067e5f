namespace TriThuc.SharedKernel.Security;

/// <summary>Records that the current caller read sensitive fields of a record; the host writes it to the access log before answering.</summary>
public interface ISensitiveReadLog
{
    void Record(string recordType, string recordId, string field);

    /// <summary>
    /// Writes what was recorded to the access log now. The GraphQL endpoint does it before each answer leaves; an
    /// endpoint that streams (an export) does it before each part it sends.
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
