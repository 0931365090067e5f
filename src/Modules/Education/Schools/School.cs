namespace TriThuc.Modules.Education.Schools;

/// <summary>
/// The Education department's profile of a Registry unit that is a school: its level and whether it is public. Its
/// area class is not kept here: it is the Registry's dated classification of the place it stands in
/// (<see cref="LocationId"/>), asked for on a day.
/// </summary>
public sealed class School : Entity
{
    /// <summary>The Registry unit; one profile per unit.</summary>
    public Guid UnitId { get; set; }

    public SchoolLevel Level { get; set; }

    /// <summary>Công lập (true) or ngoài công lập.</summary>
    public bool IsPublic { get; set; }

    /// <summary>The commune, ward or village the school stands in, whose area class applies to it.</summary>
    public Guid? LocationId { get; set; }
}
