namespace TriThuc.Host.GraphQL;

/// <summary>Two modules claim one GraphQL name. Always stops start-up: which module should win is a human decision.</summary>
public sealed class SchemaCompositionException(string message) : Exception(message);
