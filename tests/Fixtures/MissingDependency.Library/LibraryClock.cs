namespace TriThuc.Fixtures.MissingDependency.Library;

/// <summary>A private dependency of the MissingDependency fixture; tests leave its assembly out of the plugin folder.</summary>
public sealed class LibraryClock
{
    public DateTime Now => DateTime.UtcNow;
}
