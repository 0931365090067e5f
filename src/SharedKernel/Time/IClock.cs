namespace TriThuc.SharedKernel.Time;

/// <summary>The current time. Inject it instead of reading DateTime.Now, so tests can fix the date.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }

    DateOnly Today => DateOnly.FromDateTime(Now.Date);
}
