using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Assessments;

/// <summary>Records the teacher's and the principal's ratings and lists assessments; what the GraphQL fields call.</summary>
public sealed class StandardAssessmentService(EducationDbContext db, RegistryReferences registry, IUnitDirectory units, IClock clock)
{
    /// <summary>The teacher's own rating: opens the school year's assessment, or corrects it until the principal rates.</summary>
    public async Task<StandardAssessment> RateSelfAsync(StandardAssessmentInput input, CancellationToken cancellationToken)
    {
        StandardAssessmentRules.RequireSchoolYear(input.SchoolYear, clock.Today);
        StandardAssessmentRules.RequireRatings(input.Ratings);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        await registry.RequireOpenUnitAsync(input.UnitId, clock.Today, "unitId", cancellationToken);
        var assessment = await db.StandardAssessments.SingleOrDefaultAsync(a => a.PersonId == input.PersonId && a.SchoolYear == input.SchoolYear, cancellationToken);
        if (assessment is null)
        {
            assessment = new StandardAssessment();
            db.StandardAssessments.Add(assessment);
        }

        StandardAssessmentRules.RateSelf(assessment, input);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Giáo viên này vừa có phiếu đánh giá của năm học này; hãy tải lại và sửa phiếu đó.", "personId");
        }

        return assessment;
    }

    /// <summary>The principal's rating, final: needs the teacher's own rating first, as the circular's process has it.</summary>
    public async Task<StandardAssessment> RateFinallyAsync(StandardAssessmentInput input, CancellationToken cancellationToken)
    {
        StandardAssessmentRules.RequireSchoolYear(input.SchoolYear, clock.Today);
        var assessment = await db.StandardAssessments.SingleOrDefaultAsync(a => a.PersonId == input.PersonId && a.SchoolYear == input.SchoolYear, cancellationToken)
            ?? throw DomainException.Conflict($"Giáo viên chưa tự đánh giá năm học {StandardAssessmentRules.Year(input.SchoolYear)}; hiệu trưởng đánh giá sau khi giáo viên tự đánh giá.", "personId");
        StandardAssessmentRules.RateFinally(assessment, input.Ratings, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>The filtered assessments, latest school year first, then id, so that pages never skip or repeat a row.</summary>
    public async Task<IQueryable<StandardAssessment>> QueryAsync(StandardAssessmentFilter? filter, CancellationToken cancellationToken)
    {
        var query = db.StandardAssessments.AsNoTracking();
        if (filter?.SchoolYear is { } year)
        {
            query = query.Where(a => a.SchoolYear == year);
        }

        if (filter?.PersonId is { } person)
        {
            query = query.Where(a => a.PersonId == person);
        }

        if (filter?.UnitId is { } root)
        {
            var subtree = (await units.SubtreeAsync(root, cancellationToken)).ToList();
            query = query.Where(a => subtree.Contains(a.UnitId));
        }

        return query.OrderByDescending(a => a.SchoolYear).ThenBy(a => a.Id);
    }
}
