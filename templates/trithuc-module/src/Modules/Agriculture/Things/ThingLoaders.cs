using TriThuc.Modules.Agriculture.Data;

namespace TriThuc.Modules.Agriculture.Things;

/// <summary>Per request, one query for the records of a whole page of people.</summary>
public sealed class ThingLoaders(AgricultureDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<Thing>> ByPerson { get; } = GroupedLoader.ByOwner(db.Things, t => t.PersonId, t => t.StartedOn);
}
