using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Host.Security;

/// <summary>
/// Collects the sensitive fields an operation reads, per record, and writes them to the access log
/// before the response leaves: a read that cannot be logged is not answered.
/// </summary>
internal sealed class SensitiveReadLog(IServiceProvider services, ICurrentUser user, IClock clock) : ISensitiveReadLog
{
    private readonly Dictionary<(string Type, string Id), SortedSet<string>> _reads = [];
    private readonly Lock _lock = new();

    public void Record(string recordType, string recordId, string field)
    {
        lock (_lock)
        {
            if (!_reads.TryGetValue((recordType, recordId), out var fields))
            {
                fields = new SortedSet<string>(StringComparer.Ordinal);
                _reads.Add((recordType, recordId), fields);
            }

            fields.Add(field);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_reads.Count == 0)
        {
            return;
        }

        var db = services.GetRequiredService<PlatformDbContext>();
        var now = clock.Now;
        db.AccessLog.AddRange(_reads.Select(read => new AccessLogEntry
        {
            ReadAt = now,
            UserId = user.Id,
            RequestId = user.RequestId,
            RecordType = read.Key.Type,
            RecordId = read.Key.Id,
            Fields = string.Join(",", read.Value),
        }));
        await db.SaveChangesAsync(cancellationToken);
        _reads.Clear();
    }
}
