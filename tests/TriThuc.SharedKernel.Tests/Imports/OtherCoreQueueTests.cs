using TriThuc.SharedKernel.Imports;

namespace TriThuc.SharedKernel.Tests.Imports;

/// <summary>
/// The queue an import's check pass hands its records to: done in order, its failure thrown to the check as it was
/// thrown (a full disk must be recognised as one), and never a check left waiting for room behind work that died.
/// </summary>
public sealed class OtherCoreQueueTests
{
    [Fact]
    public async Task Items_are_done_in_the_order_they_were_handed_over()
    {
        var done = new List<int>();
        await using var queue = new OtherCoreQueue<int>(async (item, _) =>
        {
            await Task.Yield();
            done.Add(item);
        }, capacity: 2);

        foreach (var item in Enumerable.Range(1, 50))
        {
            await queue.AddAsync(item, CancellationToken.None);
        }

        await queue.FinishAsync();
        done.Should().Equal(Enumerable.Range(1, 50));
    }

    [Fact]
    public async Task A_caller_waiting_for_room_gets_the_works_own_failure_instead_of_waiting_for_ever()
    {
        var failing = new TaskCompletionSource();
        await using var queue = new OtherCoreQueue<int>(async (item, _) =>
        {
            await failing.Task;
            throw new IOException($"Disk full at item {item}.");
        }, capacity: 1);
        await queue.AddAsync(1, CancellationToken.None); // taken by the work, which waits
        await queue.AddAsync(2, CancellationToken.None); // waits in the queue, which is now full

        var third = queue.AddAsync(3, CancellationToken.None);
        third.IsCompleted.Should().BeFalse("there is no room");
        failing.SetResult();

        await FluentActions.Awaiting(() => third).Should().ThrowAsync<IOException>().WithMessage("Disk full at item 1.");
        await FluentActions.Awaiting(queue.FinishAsync).Should().ThrowAsync<IOException>();
    }

    [Fact]
    public async Task Disposing_stops_the_work_and_drops_what_still_waits()
    {
        var done = new List<int>();
        var release = new TaskCompletionSource();
        var queue = new OtherCoreQueue<int>(async (item, stop) =>
        {
            await release.Task.WaitAsync(stop);
            done.Add(item);
        }, capacity: 2);
        await queue.AddAsync(1, CancellationToken.None);
        await queue.AddAsync(2, CancellationToken.None);

        await queue.DisposeAsync();

        done.Should().BeEmpty("the work was stopped while it waited, and the item after it was never started");
    }
}
