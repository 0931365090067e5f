namespace TriThuc.Modules.Associations.Consultations;

/// <summary>
/// A request for consultation, critique or social review (Decision 14/2014/QĐ-TTg) from an agency (a Registry unit)
/// on a subject, assigned to an association, with its deadline; then its panel, the experts' opinions, the
/// consolidated opinions (each delivered once, only superseded) and the agency's answer to each recommendation.
/// Who did each step and when is each row's CreatedBy and CreatedAt.
/// </summary>
public sealed class ConsultationRequest : Entity
{
    public Guid AgencyUnitId { get; set; }

    public string Subject { get; set; } = "";

    public ConsultationSubjectKind SubjectKind { get; set; }

    public ConsultationKind Kind { get; set; }

    /// <summary>The documents sent with the request, as the agency lists them (numbers, titles, links).</summary>
    public string Documents { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public DateOnly Deadline { get; set; }

    public Guid AssociationId { get; set; }

    public List<ConsultationConflict> Conflicts { get; set; } = [];

    public List<PanelSeat> Panel { get; set; } = [];

    public List<ExpertOpinion> ExpertOpinions { get; set; } = [];

    public List<ConsolidatedOpinion> Opinions { get; set; } = [];

    /// <summary>The delivered opinion no other supersedes; null before the first delivery.</summary>
    public ConsolidatedOpinion? CurrentOpinion => Opinions.FirstOrDefault(o => Opinions.All(other => other.SupersedesId != o.Id));

    /// <summary>Past the deadline on <paramref name="day"/> with no opinion delivered by then.</summary>
    public bool OverdueOn(DateOnly day) => Deadline < day && !Opinions.Any(o => o.DeliveredOn <= day);
}
