using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Honours;

/// <summary>Per request, one batch for the nominations of a page of people and one for the council's verdicts on a page of nominations.</summary>
public sealed class HonourLoaders(TalentDbContext db, HonourService honours)
{
    public BatchLoader<Guid, IReadOnlyList<HonourNomination>> ByPerson { get; } =
        GroupedLoader.ByOwner(db.HonourNominations.Include(n => n.Achievements).Include(n => n.Evidence).Include(n => n.Scores).AsSplitQuery(), n => n.IntellectualId, n => n.NominatedAt);

    public BatchLoader<Guid, HonourTally> Tallies { get; } = new(honours.TalliesAsync);
}
