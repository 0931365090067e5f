using TriThuc.SharedKernel.Events;

namespace TriThuc.Fixtures.Greeting.Contracts;

/// <summary>Published by the Greeting fixture module each time a greeting is saved.</summary>
public sealed record GreetingSent(Guid GreetingId, string Text) : IntegrationEvent;
