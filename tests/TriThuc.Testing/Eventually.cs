namespace TriThuc.Testing;

/// <summary>Polls for something background work makes true (event delivery), up to a generous deadline.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
