using TriThuc.Modules.Education.Data;

namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>Per request, one query for the records of a whole page of people.</summary>
public sealed class TeachingAssignmentLoaders(EducationDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<TeachingAssignment>> ByPerson { get; } = GroupedLoader.ByOwner(db.TeachingAssignments, t => t.PersonId, t => t.StartedOn);
}
