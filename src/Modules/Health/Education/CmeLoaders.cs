using GraphQL.DataLoader;
using TriThuc.Modules.Health.Data;

namespace TriThuc.Modules.Health.Education;

/// <summary>Per request, one query for the activities of a whole page of people (and of licence holders).</summary>
public sealed class CmeLoaders(HealthDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<CmeActivity>> ByPerson { get; } = GroupedLoader.ByOwner(db.CmeActivities, a => a.PersonId, a => a.StartedOn);

    /// <summary>The hours a person completed from <paramref name="first"/> to <paramref name="last"/>, batched with the page's other people.</summary>
    public IDataLoaderResult<int> Hours(Guid personId, DateOnly first, DateOnly last) =>
        ByPerson.Load(personId).Then(activities => CmeRules.HoursBetween(activities ?? [], first, last));
}
