using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// The new records an import's check pass made, kept for its write pass (<see cref="IPreparedWrites"/>) in a temporary
/// file, a chunk a line, so that memory stays flat however long the file: a hundred thousand records would take
/// about a hundred megabytes held in memory. The file is the owner's only (it holds personal data) and deleted when closed.
/// </summary>
/// <param name="write">Writes one chunk of the kept records, inside the write pass's transaction.</param>
/// <param name="stillHoldsAfter">Whether the kept records are still right after the records changed since the check began (<see cref="IPreparedWrites.StillHoldsAfterAsync"/>).</param>
public sealed class PreparedRecords<T>(
    Func<IReadOnlyList<T>, CancellationToken, Task> write, Func<IReadOnlyList<Data.ChangedRecord>, CancellationToken, Task<bool>> stillHoldsAfter)
    : IPreparedWrites, IAsyncDisposable
    where T : class
{
    private FileStream? _spool;
    private int _chunks;

    public bool IsComplete { get; private set; } = true;

    /// <summary>Keeps one chunk's new records, in the order they are to be written.</summary>
    public async Task AddAsync(IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        if (!IsComplete || records.Count == 0)
        {
            return;
        }

        try
        {
            _spool ??= PrivateTempFile.Create();
            await JsonSerializer.SerializeAsync(_spool, records, cancellationToken: cancellationToken);
            _spool.WriteByte((byte)'\n'); // JSON escapes line breaks inside strings, so a line is a chunk
            _chunks++;
        }
        catch (IOException)
        {
            // A full disk costs the import its shortcut, not its file: the write pass checks the file again.
            await GiveUpAsync();
        }
    }

    /// <summary>Stops keeping records, and drops those kept: the check met something the write pass must check again.</summary>
    public async Task GiveUpAsync()
    {
        IsComplete = false;
        await DisposeAsync();
    }

    public Task<bool> StillHoldsAfterAsync(IReadOnlyList<Data.ChangedRecord> changes, CancellationToken cancellationToken) =>
        stillHoldsAfter(changes, cancellationToken);

    public async IAsyncEnumerable<int> WriteAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException("The check did not keep every change ready; the file must be checked again as it is written.");
        }

        if (_spool is null)
        {
            yield break;
        }

        _spool.Position = 0;
        using var lines = new StreamReader(_spool, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 81_920, leaveOpen: true);
        for (var chunk = 1; chunk <= _chunks; chunk++)
        {
            var line = await lines.ReadLineAsync(cancellationToken) ?? throw new InvalidDataException("The import's kept records end early.");
            await write(JsonSerializer.Deserialize<List<T>>(line)!, cancellationToken);
            yield return chunk;
        }
    }

    public async ValueTask DisposeAsync()
    {
        IsComplete = false;
        if (_spool is { } spool)
        {
            _spool = null;
            await spool.DisposeAsync();
        }
    }
}
