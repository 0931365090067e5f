using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Enrolments;

namespace TriThuc.Modules.University.Courses;

/// <summary>Per request, one query for the courses of a page of enrolments, and one for the enrolments of a page of courses.</summary>
public sealed class CourseLoaders(UniversityDbContext db)
{
    public BatchLoader<Guid, Course> ById { get; } = new(async (ids, cancellationToken) =>
        (IReadOnlyDictionary<Guid, Course>)await db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken));

    public BatchLoader<Guid, IReadOnlyList<Enrolment>> Enrolments { get; } = GroupedLoader.ByOwner(db.Enrolments, e => e.CourseId, e => e.EnrolledOn);
}
