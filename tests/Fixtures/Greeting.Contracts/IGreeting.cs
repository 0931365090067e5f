namespace TriThuc.Fixtures.Greeting.Contracts;

/// <summary>What other modules may know of a greeting when they add fields to the "Greeting" GraphQL type.</summary>
public interface IGreeting
{
    Guid Id { get; }

    string Text { get; }
}
