using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Schools;

/// <summary>Records and lists school profiles; what the GraphQL fields call.</summary>
public sealed class SchoolService(EducationDbContext db, RegistryReferences registry, IUnitDirectory units, IClock clock)
{
    /// <summary>Creates the profile of the unit, or updates it when the unit has one.</summary>
    public async Task<School> RecordAsync(SchoolInput input, CancellationToken cancellationToken)
    {
        var unit = await registry.RequireOpenUnitAsync(input.UnitId, clock.Today, "unitId", cancellationToken);
        var location = input.LocationId is { } place ? await registry.RequireOpenUnitAsync(place, clock.Today, "locationId", cancellationToken) : null;
        var school = await db.Schools.SingleOrDefaultAsync(s => s.UnitId == input.UnitId, cancellationToken);
        if (school is null)
        {
            school = new School();
            db.Schools.Add(school);
        }

        SchoolRules.Apply(school, input, unit, location);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Đơn vị này vừa được lập hồ sơ trường; hãy tải lại và sửa hồ sơ đó.", "unitId");
        }

        return school;
    }

    /// <summary>
    /// Corrects a profile: level, public or not, place, by the rules of recording, on the same unit (a profile does not
    /// move to another unit). The unit need not be open today: a closed school's profile is still corrected.
    /// </summary>
    public async Task<School> CorrectAsync(Guid id, SchoolInput input, CancellationToken cancellationToken)
    {
        var school = await db.Schools.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trường.");
        if (input.UnitId != school.UnitId)
        {
            throw DomainException.Validation("unitId", "Hồ sơ trường gắn với đơn vị của nó; không chuyển sang đơn vị khác. Hãy lập hồ sơ cho đơn vị kia.");
        }

        var unit = (await units.GetAllAsync(cancellationToken)).FirstOrDefault(u => u.Id == school.UnitId)
            ?? throw DomainException.Validation("unitId", "Không tìm thấy đơn vị trong cơ sở dữ liệu trí thức.");
        var location = input.LocationId is { } place ? await registry.RequireOpenUnitAsync(place, clock.Today, "locationId", cancellationToken) : null;
        SchoolRules.Apply(school, input, unit, location);
        await db.SaveChangesAsync(cancellationToken);
        return school;
    }

    public async Task<School> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trường.");

    /// <summary>The filtered schools by level, then id, so that pages never skip or repeat a row.</summary>
    public async Task<IQueryable<School>> QueryAsync(SchoolFilter? filter, CancellationToken cancellationToken)
    {
        var query = db.Schools.AsNoTracking();
        if (filter?.Level is { } level)
        {
            query = query.Where(s => s.Level == level);
        }

        if (filter?.IsPublic is { } isPublic)
        {
            query = query.Where(s => s.IsPublic == isPublic);
        }

        if (filter?.UnitId is { } root)
        {
            var subtree = (await units.SubtreeAsync(root, cancellationToken)).ToList();
            query = query.Where(s => subtree.Contains(s.UnitId));
        }

        return query.OrderBy(s => s.Level).ThenBy(s => s.Id);
    }
}
