namespace TriThuc.Modules.Education.Gifted;

/// <summary>A pupil's entry in a contest, in one subject (one per pupil per contest), possibly for a team, with the prize won.</summary>
public sealed class Entry : Entity
{
    public Guid ContestId { get; set; }

    /// <summary>The pupil; while the Registry record they are linked to is restricted, no entry of theirs is added or changed.</summary>
    [DataSubjectVia(typeof(Pupil), nameof(Pupil.LinkedPersonId))]
    public Guid PupilId { get; set; }

    public Guid? TeamId { get; set; }

    public string Subject { get; set; } = "";

    public decimal? Score { get; set; }

    public Prize? Prize { get; set; }
}
