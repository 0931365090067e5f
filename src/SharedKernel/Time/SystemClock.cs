namespace TriThuc.SharedKernel.Time;

public sealed class SystemClock(TimeProvider time) : IClock
{
    public DateTimeOffset Now => time.GetUtcNow();
}
