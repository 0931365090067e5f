using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Runs a sequence on another thread while the caller works on the item before: on two cores, reading a file's next
/// chunk is then hidden behind the database's work on the last one. At most <c>capacity</c> items wait, so memory stays
/// bounded; a sequence that fails ends the loop with its error.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token))
                {
                    await items.Writer.WriteAsync(item, stop.Token);
                }

                items.Writer.Complete();
            }
            catch (Exception error)
            {
                items.Writer.Complete(error);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var item in items.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            // The caller stopped early (a failure, a cancelled request): the reading must not outlive what it reads.
            await stop.CancelAsync();
            await reading;
        }
    }
}
