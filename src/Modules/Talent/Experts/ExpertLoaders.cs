using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Experts;

/// <summary>Per request, one query for the engagements of a whole page of experts.</summary>
public sealed class ExpertLoaders(TalentDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<ExpertEngagement>> Engagements { get; } =
        GroupedLoader.ByOwner(db.ExpertEngagements.Include(g => g.Work), g => g.ExpertId, g => g.StartsOn);
}
