using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Enrolments;

/// <summary>Per request, one query for the enrolments of a whole page of people.</summary>
public sealed class EnrolmentLoaders(UniversityDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<Enrolment>> ByPerson { get; } = GroupedLoader.ByOwner(db.Enrolments, e => e.PersonId, e => e.EnrolledOn);
}
