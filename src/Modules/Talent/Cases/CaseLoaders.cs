using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>Per request, one query for the attraction cases of a whole page of people.</summary>
public sealed class CaseLoaders(TalentDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<AttractionCase>> ByPerson { get; } =
        GroupedLoader.ByOwner(db.Cases.Include(c => c.Decisions), c => c.PersonId!.Value, c => c.AppliedOn);
}
