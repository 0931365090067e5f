namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Another module reports that a Registry person earned a degree (a university branch's graduate, a doctor's
/// specialist level). The Registry records it on the person once, however often the event is delivered.
/// </summary>
/// <param name="Degree">One of Bachelor, Engineer, Master, Doctorate, Physician, Resident, SpecialistFirstLevel, SpecialistSecondLevel.</param>
public sealed record QualificationObtained(
    Guid IntellectualId,
    string Degree,
    string Field,
    string? Institution,
    string? Country,
    int Year) : IntegrationEvent;
