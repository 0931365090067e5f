using TriThuc.Modules.Education.Data;

namespace TriThuc.Modules.Education.Assessments;

/// <summary>Per request, one query for the assessments of a whole page of people.</summary>
public sealed class StandardAssessmentLoaders(EducationDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<StandardAssessment>> ByPerson { get; } = GroupedLoader.ByOwner(db.StandardAssessments, a => a.PersonId, a => a.SchoolYear);
}
