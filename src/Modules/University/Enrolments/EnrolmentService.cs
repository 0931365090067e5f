using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Courses;
using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Enrolments;

/// <summary>
/// Enrols Registry intellectuals on courses and records their results; a pass is reported to the Registry in the same
/// transaction (the outbox), so it is never lost nor recorded twice.
/// </summary>
public sealed class EnrolmentService(UniversityDbContext db, RegistryReferences registry, IClock clock)
{
    public async Task<Enrolment> EnrolAsync(EnrolmentInput input, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FindAsync([input.CourseId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy khóa học.");
        var enrolment = EnrolmentRules.New(input, course, clock.Today);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        if (await db.Enrolments.AnyAsync(e => e.CourseId == course.Id && e.PersonId == input.PersonId, cancellationToken))
        {
            throw DomainException.Conflict("Người này đã ghi danh khóa học này.", "personId");
        }

        db.Enrolments.Add(enrolment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Người này vừa được ghi danh khóa học này; hãy tải lại.", "personId");
        }

        return enrolment;
    }

    public async Task<Enrolment> RecordResultAsync(EnrolmentResultInput input, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.FindAsync([input.EnrolmentId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy lượt ghi danh.");
        var course = await db.Courses.FindAsync([enrolment.CourseId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy khóa học.");
        RecordResult(db, enrolment, course, input, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment;
    }

    /// <summary>
    /// Records the result and, for a pass, tells the Registry in the same save (the outbox): what the mutation and the
    /// enrolments import both do, so that a pass is reported alike whichever way it was entered.
    /// </summary>
    public static void RecordResult(UniversityDbContext db, Enrolment enrolment, Course course, EnrolmentResultInput input, DateOnly today)
    {
        EnrolmentRules.RecordResult(enrolment, course, input, today);
        if (enrolment.Result == EnrolmentResult.Passed)
        {
            db.Publish(EnrolmentRules.Reported(enrolment, course));
        }
    }
}
