namespace TriThuc.Modules.Associations.Consultations;

public sealed class ConsultationRequestInput
{
    public Guid AgencyUnitId { get; init; }

    public string Subject { get; init; } = "";

    public ConsultationSubjectKind SubjectKind { get; init; }

    public ConsultationKind Kind { get; init; }

    public string Documents { get; init; } = "";

    public DateOnly ReceivedOn { get; init; }

    public DateOnly Deadline { get; init; }

    public Guid AssociationId { get; init; }

    /// <summary>The people who drafted the subject: kept off the panel. A list left out or given as null is none.</summary>
    public List<Guid> DrafterIds
    {
        get;
        init => field = value ?? [];
    } = [];
}

public sealed class ExpertOpinionInput
{
    public Guid PersonId { get; init; }

    public string Text { get; init; } = "";

    public DateOnly GivenOn { get; init; }
}

public sealed class ConsolidatedOpinionInput
{
    public string Summary { get; init; } = "";

    public DateOnly DeliveredOn { get; init; }

    public List<string> Recommendations { get; init; } = [];
}

public sealed class ResponseInput
{
    public ResponseKind Kind { get; init; }

    public string Text { get; init; } = "";

    public DateOnly AnsweredOn { get; init; }
}

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class ConsultationFilter
{
    public Guid? AssociationId { get; init; }

    public Guid? AgencyUnitId { get; init; }

    /// <summary>Only the requests past their deadline on this day with no opinion delivered by then.</summary>
    public DateOnly? OverdueOn { get; init; }
}
