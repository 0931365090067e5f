namespace TriThuc.Fixtures.Greeting;

/// <summary>The fixture's settings (<c>TriThuc:Modules:Greeting:…</c>), to make it fail at a chosen step of start-up.</summary>
public sealed class GreetingSettings
{
    /// <summary>The module's GraphQL types throw when the host builds them.</summary>
    public bool FailGraphQLTypes { get; set; }
}
