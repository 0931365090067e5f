using TriThuc.Modules.Agriculture.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Agriculture.Things;

/// <summary>Records, ends and lists the module's records; what the GraphQL fields call.</summary>
public sealed class ThingService(AgricultureDbContext db, RegistryReferences registry, IUnitDirectory units, IClock clock)
{
    public async Task<Thing> RecordAsync(ThingInput input, CancellationToken cancellationToken)
    {
        var thing = ThingRules.New(input, clock.Today);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        await registry.RequireOpenUnitAsync(input.UnitId, input.StartedOn, "unitId", cancellationToken);
        db.Things.Add(thing);
        await db.SaveChangesAsync(cancellationToken);
        return thing;
    }

    public async Task<Thing> EndAsync(Guid id, DateOnly endedOn, CancellationToken cancellationToken)
    {
        var thing = await db.Things.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy bản ghi.");
        ThingRules.End(thing, endedOn, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return thing;
    }

    /// <summary>The filtered records in the order asked for, ending with the id, so that pages never skip or repeat a row.</summary>
    public async Task<IQueryable<Thing>> QueryAsync(ThingFilter? filter, ThingOrder order, CancellationToken cancellationToken)
    {
        var query = db.Things.AsNoTracking();
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

        return order == ThingOrder.StartedOnDescending
            ? query.OrderByDescending(t => t.StartedOn).ThenBy(t => t.Id)
            : query.OrderBy(t => t.SearchTitle).ThenBy(t => t.Id);
    }
}
