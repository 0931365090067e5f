namespace TriThuc.Modules.University.Cooperation;

/// <summary>The filters of the agreements' list; every one is optional and they combine with AND.</summary>
public sealed class CooperationAgreementFilter
{
    public AgreementOrigin? Origin { get; init; }

    public AgreementType? Type { get; init; }

    /// <summary>Part of the country's name, ignoring diacritics and case.</summary>
    public string? Country { get; init; }

    /// <summary>Agreements in force on this day.</summary>
    public DateOnly? InForceOn { get; init; }

    public Guid? ResponsibleUnitId { get; init; }

    /// <summary>Part of the partner's name, ignoring diacritics and case.</summary>
    public string? Search { get; init; }
}

/// <summary>The filters of the activities' list; every one is optional and they combine with AND.</summary>
public sealed class CooperationActivityFilter
{
    public Guid? AgreementId { get; init; }

    public ActivityKind? Kind { get; init; }

    /// <summary>Activities that end on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Activities that start on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Activities this Registry intellectual took part in.</summary>
    public Guid? PersonId { get; init; }

    public string? Search { get; init; }
}
