namespace TriThuc.Modules.Education.Assessments;

public sealed class StandardAssessmentInput
{
    public Guid PersonId { get; init; }

    public Guid UnitId { get; init; }

    public int SchoolYear { get; init; }

    public IReadOnlyList<CriterionRating> Ratings { get; init; } = [];
}
