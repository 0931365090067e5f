namespace TriThuc.Modules.Education.Assessments;

/// <summary>
/// A teacher's assessment against the professional standard for one school year (Circular 20/2018/TT-BGDĐT): the
/// teacher's own rating of the 15 criteria, then the principal's, which is final and gives the overall level. The
/// ratings are kept as 15 digits (0 Chưa đạt … 3 Tốt) in the circular's order.
/// </summary>
public sealed class StandardAssessment : Entity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    /// <summary>The school (Registry unit) the teacher was assessed at.</summary>
    public Guid UnitId { get; set; }

    /// <summary>The year the school year starts in: 2025 for năm học 2025–2026.</summary>
    public int SchoolYear { get; set; }

    [PersonalData]
    public string SelfRatings { get; set; } = "";

    [PersonalData]
    public OverallLevel SelfLevel { get; set; }

    /// <summary>The principal's ratings; empty until the principal rates.</summary>
    [PersonalData]
    public string? FinalRatings { get; set; }

    [PersonalData]
    public OverallLevel? FinalLevel { get; set; }

    public DateOnly? FinalisedOn { get; set; }

    public static string Encode(IReadOnlyList<CriterionRating> ratings) => string.Concat(ratings.Select(r => (char)('0' + (int)r)));

    public static IReadOnlyList<CriterionRating> Decode(string? ratings) => (ratings ?? "").Select(c => (CriterionRating)(c - '0')).ToList();
}
