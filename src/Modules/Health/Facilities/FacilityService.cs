using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Facilities;

/// <summary>Records and lists facility profiles; what the GraphQL fields call.</summary>
public sealed class FacilityService(HealthDbContext db, RegistryReferences registry, IUnitDirectory units, IClock clock)
{
    /// <summary>Creates the profile of the unit, or updates it when the unit has one.</summary>
    public async Task<HealthFacility> RecordAsync(FacilityInput input, CancellationToken cancellationToken)
    {
        var unit = await registry.RequireOpenUnitAsync(input.UnitId, clock.Today, "unitId", cancellationToken);
        var commune = input.CommuneId is { } communeId ? await registry.RequireOpenUnitAsync(communeId, clock.Today, "communeId", cancellationToken) : null;
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.UnitId == input.UnitId, cancellationToken);
        if (facility is null)
        {
            facility = new HealthFacility();
            db.Facilities.Add(facility);
        }

        FacilityRules.Apply(facility, input, unit, commune);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Đơn vị này vừa được lập hồ sơ cơ sở y tế; hãy tải lại và sửa hồ sơ đó.", "unitId");
        }

        return facility;
    }

    public async Task<HealthFacility> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy cơ sở y tế.");

    /// <summary>The filtered facilities by level, then id, so that pages never skip or repeat a row.</summary>
    public async Task<IQueryable<HealthFacility>> QueryAsync(FacilityFilter? filter, CancellationToken cancellationToken)
    {
        var query = db.Facilities.AsNoTracking();
        if (filter?.Level is { } level)
        {
            query = query.Where(f => f.Level == level);
        }

        if (filter?.UnitId is { } root)
        {
            var subtree = (await units.SubtreeAsync(root, cancellationToken)).ToList();
            query = query.Where(f => subtree.Contains(f.UnitId));
        }

        return query.OrderBy(f => f.Level).ThenBy(f => f.Id);
    }
}
