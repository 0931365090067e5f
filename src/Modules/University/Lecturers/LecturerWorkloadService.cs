using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Branch;
using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Lecturers;

/// <summary>Records a lecturer's year (once per person and academic year; recording it again corrects it), and lists them.</summary>
public sealed class LecturerWorkloadService(UniversityDbContext db, RegistryReferences registry, IPersonDirectory people, IUnitDirectory units, IClock clock)
{
    public async Task<LecturerWorkload> RecordAsync(LecturerWorkloadInput input, CancellationToken cancellationToken)
    {
        var workload = await db.LecturerWorkloads.FirstOrDefaultAsync(w => w.PersonId == input.PersonId && w.AcademicYear == input.AcademicYear, cancellationToken);
        var isNew = workload is null;
        workload ??= new LecturerWorkload();
        LecturerWorkloadRules.Apply(workload, input, clock.Today);
        workload.UnitId = await RequireLecturerAsync(input.PersonId, cancellationToken);
        if (isNew)
        {
            db.LecturerWorkloads.Add(workload);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Khối lượng công việc năm học này của giảng viên vừa được ghi nhận; hãy tải lại.", "academicYear");
        }

        return workload;
    }

    /// <summary>A lecturer is a Registry intellectual (not merged away) whom the Registry places in a unit of the branch; their unit.</summary>
    private async Task<Guid> RequireLecturerAsync(Guid personId, CancellationToken cancellationToken)
    {
        await registry.RequirePeopleAsync([personId], "personId", cancellationToken);
        var person = (await people.GetSummariesAsync([personId], cancellationToken))[personId];
        return BranchUnits.Contains(await units.GetAllAsync(cancellationToken), person.UnitId)
            ? person.UnitId
            : throw DomainException.Validation("personId", $"{person.FullName} làm việc tại '{person.UnitName}', không thuộc phân hiệu; chỉ ghi khối lượng công việc của giảng viên phân hiệu.");
    }

    /// <summary>The filtered workloads, the latest year first, ending with the id so that pages never skip or repeat a row.</summary>
    public IQueryable<LecturerWorkload> Query(LecturerWorkloadFilter? filter)
    {
        var query = db.LecturerWorkloads.AsNoTracking();
        if (filter?.AcademicYear is { } year)
        {
            query = query.Where(w => w.AcademicYear == year);
        }

        if (filter?.PersonId is { } person)
        {
            query = query.Where(w => w.PersonId == person);
        }

        if (filter?.UnitId is { } unit)
        {
            query = query.Where(w => w.UnitId == unit);
        }

        if (filter?.IsProbationary is { } probationary)
        {
            query = query.Where(w => w.IsProbationary == probationary);
        }

        return query.OrderByDescending(w => w.AcademicYear).ThenBy(w => w.Id);
    }
}
