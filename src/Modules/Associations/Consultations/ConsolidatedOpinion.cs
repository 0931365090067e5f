namespace TriThuc.Modules.Associations.Consultations;

/// <summary>
/// The association's consolidated opinion, delivered to the agency on a day with its recommendations as separate
/// items. Never edited once recorded: a correction is a new opinion that supersedes it (<see cref="SupersedesId"/>).
/// </summary>
public sealed class ConsolidatedOpinion : Entity
{
    public Guid RequestId { get; set; }

    public Guid? SupersedesId { get; set; }

    public string Summary { get; set; } = "";

    public DateOnly DeliveredOn { get; set; }

    public List<Recommendation> Recommendations { get; set; } = [];
}
