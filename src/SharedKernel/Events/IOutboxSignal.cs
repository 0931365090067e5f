namespace TriThuc.SharedKernel.Events;

/// <summary>Wakes the outbox dispatcher when a module has just committed events, instead of waiting for its next poll.</summary>
public interface IOutboxSignal
{
    void Notify();

    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
