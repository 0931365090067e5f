using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Records kept in a temporary file, a chunk a line of JSON, so that memory stays flat however many: a hundred thousand
/// records would take about a hundred megabytes held in memory. Each chunk is written on the other core while the
/// caller goes on (<see cref="OtherCoreQueue{TItem}"/>); <see cref="FinishAsync"/> waits for the last. The file is the
/// owner's only (it holds personal data) and deleted when closed.
/// </summary>
internal sealed class SpooledRecords<T> : IAsyncDisposable
    where T : class
{
    private FileStream? _spool;
    private OtherCoreQueue<IReadOnlyList<T>>? _writer;
    private int _chunks;

    /// <summary>Hands one chunk over to be written; a failure to write shows here, at the next chunk, or at <see cref="FinishAsync"/>.</summary>
    public async Task AddAsync(IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        _writer ??= new OtherCoreQueue<IReadOnlyList<T>>(WriteAsync, capacity: 2);
        await _writer.AddAsync(records, cancellationToken);
        _chunks++;
    }

    /// <summary>Waits until every chunk handed over is written.</summary>
    public async Task FinishAsync()
    {
        if (_writer is not null)
        {
            await _writer.FinishAsync();
        }
    }

    private async Task WriteAsync(IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        _spool ??= PrivateTempFile.Create();
        await JsonSerializer.SerializeAsync(_spool, records, cancellationToken: cancellationToken);
        _spool.WriteByte((byte)'\n'); // JSON escapes line breaks inside strings, so a line is a chunk
    }

    /// <summary>
    /// The chunks kept, in order, once <see cref="FinishAsync"/> has ended; the next is read back on the other core while
    /// the caller writes this one.
    /// </summary>
    public IAsyncEnumerable<List<T>> ReadAsync(CancellationToken cancellationToken) =>
        _spool is null ? AsyncEnumerable.Empty<List<T>>() : ReadAhead.Of(ChunksAsync(_spool, _chunks, cancellationToken), capacity: 2, cancellationToken);

    private static async IAsyncEnumerable<List<T>> ChunksAsync(FileStream spool, int chunks, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        spool.Position = 0;
        using var lines = new StreamReader(spool, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 81_920, leaveOpen: true);
        for (var chunk = 1; chunk <= chunks; chunk++)
        {
            var line = await lines.ReadLineAsync(cancellationToken) ?? throw new InvalidDataException("The import's kept records end early.");
            yield return JsonSerializer.Deserialize<List<T>>(line)!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }

        if (_spool is { } spool)
        {
            _spool = null;
            await spool.DisposeAsync();
        }
    }
}
