using GraphQL.DataLoader;
using TriThuc.SharedKernel.GraphQL;

namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// Per request, whether people's processing is restricted, for a whole page in one query: the flag every module's
/// reads show beside a restricted person (<c>processingRestricted</c>), so that nobody uses the data unawares.
/// </summary>
public sealed class RestrictionFlags(IProcessingRestrictions restrictions)
{
    private readonly BatchLoader<Guid, bool> _loader = new(async (ids, cancellationToken) =>
    {
        var restricted = await restrictions.RestrictedAmongAsync(ids.Select(id => id.ToString()).ToList(), cancellationToken);
        return ids.ToDictionary(id => id, id => restricted.Contains(id.ToString()));
    });

    public IDataLoaderResult<bool> Of(Guid personId) => _loader.Load(personId);
}
