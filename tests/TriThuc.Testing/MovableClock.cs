namespace TriThuc.Testing;

/// <summary>
/// A clock for a test host: the real time shifted by what the test has moved it, so that a test can step past a
/// deadline (a comment window closing) without waiting. Moving it by minutes keeps the test's tokens valid.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
