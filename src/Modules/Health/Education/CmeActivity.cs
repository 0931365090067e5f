namespace TriThuc.Modules.Health.Education;

/// <summary>
/// An activity of continuing medical education (đào tạo liên tục, Circular 32/2023/TT-BYT): a course, conference or
/// other form, by a provider, for some hours, proved by a certificate. Once completed it is reported to the Registry
/// as a knowledge-update training (<c>TrainingCompleted</c>), so that it counts in the person's record and in T4.
/// </summary>
public sealed class CmeActivity : Entity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    public string Title { get; set; } = "";

    public string Provider { get; set; } = "";

    public CmeForm Form { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>The day it was completed; null while it runs.</summary>
    public DateOnly? CompletedOn { get; set; }

    public int Hours { get; set; }

    /// <summary>The certificate's number; unique, so that an import of the same certificate adds nothing.</summary>
    public string? Certificate { get; set; }
}
