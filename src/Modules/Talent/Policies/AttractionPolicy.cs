namespace TriThuc.Modules.Talent.Policies;

/// <summary>
/// A policy to attract intellectuals (a decree, or a People's Council resolution of the province) as one thread of
/// <see cref="PolicyVersion"/>s: an amendment adds a version from its day and keeps the earlier ones, so a case is
/// judged by the version in force on its application day.
/// </summary>
public sealed class AttractionPolicy : TitledEntity
{
    public string Code { get; set; } = "";

    /// <summary>Policies of one group exclude each other: nobody holds benefits of two of them for the same months. Null when it combines with any.</summary>
    public string? ExclusionGroup { get; set; }

    public List<PolicyVersion> Versions { get; set; } = [];
}
