using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Courses;

/// <summary>Offers courses and lists them; what the GraphQL fields call.</summary>
public sealed class CourseService(UniversityDbContext db)
{
    public async Task<Course> OfferAsync(CourseInput input, CancellationToken cancellationToken)
    {
        var course = CourseRules.New(input);
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return course;
    }

    public async Task<Course> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy khóa học.");

    /// <summary>The filtered courses, the latest start first, ending with the id so that pages never skip or repeat a row.</summary>
    public IQueryable<Course> Query(CourseFilter? filter)
    {
        var query = db.Courses.AsNoTracking();
        if (filter?.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter?.StartsFrom is { } from)
        {
            query = query.Where(c => c.StartDate >= from);
        }

        if (filter?.StartsTo is { } to)
        {
            query = query.Where(c => c.StartDate <= to);
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(c => c.SearchTitle.Contains(search));
        }

        return query.OrderByDescending(c => c.StartDate).ThenBy(c => c.Id);
    }
}
