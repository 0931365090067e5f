namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// What an indicator is, in words a leader reads: its code (e.g. "T1"), its definition, what the numerator
/// and the denominator count, its target, and how it can be broken down. Texts are in Vietnamese.
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>Unique across the platform and stable: review snapshots keep it.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required IndicatorKind Kind { get; init; }

    public required IndicatorPeriodKind Period { get; init; }

    /// <summary>What is counted (for a share: the numerator).</summary>
    public required string Numerator { get; init; }

    /// <summary>For a share: who is counted at all. Null for counts and amounts.</summary>
    public string? Denominator { get; init; }

    public IndicatorTarget? Target { get; init; }

    /// <summary>What one subject is, in words: "người", "đề tài", "đồng".</summary>
    public string SubjectName { get; init; } = "người";

    /// <summary>Breakdowns besides the organisation unit, in the order of <see cref="IndicatorSubject.Dimensions"/>.</summary>
    public IReadOnlyList<IndicatorDimension> Dimensions { get; init; } = [];

    /// <summary>Whether subjects are people in the Registry, so that a drill-down lists people.</summary>
    public bool SubjectsArePeople { get; init; } = true;

    /// <summary>
    /// The personal data that being listed among this indicator's subjects discloses, as a field name
    /// (e.g. "age" for "leaders under 40"); null when membership discloses nothing beyond what any record shows.
    /// When set, the drill-down (<c>subjects</c>) needs the personal-data permission, whatever its filter, and
    /// every listed subject is logged as a sensitive read of this field.
    /// </summary>
    public string? SubjectsRevealPersonalData { get; init; }
}
