namespace TriThuc.Modules.Education.Training;

/// <summary>
/// A teacher's in-service training course (bồi dưỡng thường xuyên): title, provider, hours, from a day. Once completed
/// it is reported to the Registry as a knowledge-update training (<c>TrainingCompleted</c>), so that it counts in the
/// person's record and in T4 — once, however often the event is delivered.
/// </summary>
public sealed class InServiceTraining : TitledEntity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    public string Provider { get; set; } = "";

    public int Hours { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>The day it was completed; null while it runs.</summary>
    public DateOnly? CompletedOn { get; set; }

    public string? Certificate { get; set; }
}
