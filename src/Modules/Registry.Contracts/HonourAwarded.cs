namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Another module reports that a Registry person received an honour (the province's annual round of outstanding
/// intellectuals, say). The Registry records it on the person once, however often the event is delivered.
/// </summary>
public sealed record HonourAwarded(
    Guid IntellectualId,
    int Year,
    string Title,
    string AwardedBy) : IntegrationEvent;
