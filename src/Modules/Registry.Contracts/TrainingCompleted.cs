namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Another module (a university, a hospital) reports that a Registry person completed a training.
/// The Registry records it on the person, once, whatever how often the event is delivered.
/// </summary>
/// <param name="Kind">One of KnowledgeUpdate, ForeignLanguage, InternationalEnvironment, PoliticalTheory, Professional, Management.</param>
public sealed record TrainingCompleted(
    Guid IntellectualId,
    string Kind,
    string Title,
    string Provider,
    DateOnly StartDate,
    DateOnly EndDate,
    int Hours,
    string? Certificate) : IntegrationEvent;
