namespace TriThuc.SharedKernel.Indicators;

/// <summary>What a drill-down shows of one subject: no personal data beyond a name.</summary>
public sealed record IndicatorSubjectDetail(Guid Id, string Name, string? UnitName);
