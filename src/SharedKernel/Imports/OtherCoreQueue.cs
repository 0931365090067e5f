using System.Threading.Channels;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Work done on the other core, one item at a time in the order handed over, while the caller goes on with the next: an
/// import's check pass hands over each chunk's records to be kept (<see cref="Data.SqliteStaging{T}"/>,
/// <see cref="SpooledRecords{T}"/>) and checks the next chunk meanwhile. At most <c>capacity</c> items wait, so memory
/// stays bounded. The work's failure is thrown to the caller at its next hand-over or at <see cref="FinishAsync"/>, as
/// it was thrown; disposing stops the work and waits for it, so it never outlives the import.
/// </summary>
internal sealed class OtherCoreQueue<TItem> : IAsyncDisposable
{
    private readonly Channel<TItem> _items;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _working;

    public OtherCoreQueue(Func<TItem, CancellationToken, Task> work, int capacity)
    {
        _items = Channel.CreateBounded<TItem>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var stop = _stop.Token;
        _working = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in _items.Reader.ReadAllAsync(stop))
                {
                    await work(item, stop);
                }
            }
            catch (Exception error)
            {
                _items.Writer.TryComplete(error); // wakes a caller waiting for room
                throw;
            }
        }, CancellationToken.None);
    }

    /// <summary>Hands an item over, waiting for room when <c>capacity</c> items wait already; throws the work's failure if it failed.</summary>
    public async Task AddAsync(TItem item, CancellationToken cancellationToken)
    {
        try
        {
            await _items.Writer.WriteAsync(item, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            await _working; // the work failed: its own error
            throw;
        }
    }

    /// <summary>Waits for every item handed over to be done; throws the work's failure if it failed.</summary>
    public async Task FinishAsync()
    {
        _items.Writer.TryComplete();
        await _working;
    }

    /// <summary>Stops the work (items still waiting are dropped) and waits for it; its failure, if any, is dropped: the caller is giving up.</summary>
    public async ValueTask DisposeAsync()
    {
        _items.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _working;
        }
        catch (Exception)
        {
            // Deliberately dropped: see the summary.
        }

        _stop.Dispose();
    }
}
