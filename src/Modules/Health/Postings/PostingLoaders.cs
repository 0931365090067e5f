using TriThuc.Modules.Health.Data;

namespace TriThuc.Modules.Health.Postings;

/// <summary>Per request, one query for the postings of a whole page of people.</summary>
public sealed class PostingLoaders(HealthDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<Posting>> ByPerson { get; } = GroupedLoader.ByOwner(db.Postings, p => p.PersonId, p => p.StartsOn);
}
