using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>Records, ends and lists the module's records; what the GraphQL fields call.</summary>
public sealed class TeachingAssignmentService(EducationDbContext db, RegistryReferences registry, IUnitDirectory units, CoreTeacherService coreTeachers, IClock clock)
{
    public async Task<TeachingAssignment> RecordAsync(TeachingAssignmentInput input, CancellationToken cancellationToken)
    {
        var teachingAssignment = TeachingAssignmentRules.New(input, clock.Today);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        await registry.RequireOpenUnitAsync(input.UnitId, input.StartedOn, "unitId", cancellationToken);
        if (teachingAssignment.IsCoreTeacher)
        {
            await coreTeachers.RequireEligibleAsync(teachingAssignment, clock.Today, cancellationToken);
        }

        db.TeachingAssignments.Add(teachingAssignment);
        await db.SaveChangesAsync(cancellationToken);
        return teachingAssignment;
    }

    public async Task<TeachingAssignment> EndAsync(Guid id, DateOnly endedOn, CancellationToken cancellationToken)
    {
        var teachingAssignment = await db.TeachingAssignments.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy phân công giảng dạy.");
        TeachingAssignmentRules.End(teachingAssignment, endedOn, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return teachingAssignment;
    }

    /// <summary>
    /// Corrects how the teacher is employed and whether they serve as a core teacher; the flag, when newly set, is checked
    /// against the records on today, or on the assignment's last day if it has ended.
    /// </summary>
    public async Task<TeachingAssignment> SetTermsAsync(Guid id, TeachingAssignmentTermsInput input, CancellationToken cancellationToken)
    {
        var teachingAssignment = await db.TeachingAssignments.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy phân công giảng dạy.");
        if (input.IsCoreTeacher && !teachingAssignment.IsCoreTeacher)
        {
            var day = teachingAssignment.EndedOn is { } ended && ended < clock.Today ? ended : clock.Today;
            await coreTeachers.RequireEligibleAsync(teachingAssignment, day, cancellationToken);
        }

        teachingAssignment.Employment = input.Employment;
        teachingAssignment.IsCoreTeacher = input.IsCoreTeacher;
        await db.SaveChangesAsync(cancellationToken);
        return teachingAssignment;
    }

    /// <summary>The filtered records in the order asked for, ending with the id, so that pages never skip or repeat a row.</summary>
    public async Task<IQueryable<TeachingAssignment>> QueryAsync(TeachingAssignmentFilter? filter, TeachingAssignmentOrder order, CancellationToken cancellationToken)
    {
        var query = db.TeachingAssignments.AsNoTracking();
        if (filter?.UnitId is { } unit)
        {
            var subtree = (await units.SubtreeAsync(unit, cancellationToken)).ToList();
            query = query.Where(t => subtree.Contains(t.UnitId));
        }

        if (filter?.PersonId is { } person)
        {
            query = query.Where(t => t.PersonId == person);
        }

        if (filter?.ActiveOn is { } day)
        {
            query = query.Where(t => t.StartedOn <= day && (t.EndedOn == null || t.EndedOn >= day));
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(t => t.SearchTitle.Contains(search));
        }

        return order == TeachingAssignmentOrder.StartedOnDescending
            ? query.OrderByDescending(t => t.StartedOn).ThenBy(t => t.Id)
            : query.OrderBy(t => t.SearchTitle).ThenBy(t => t.Id);
    }
}
