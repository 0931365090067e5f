using TriThuc.Modules.Health.Data;

namespace TriThuc.Modules.Health.Licences;

/// <summary>Per request, one query for the licences of a whole page of people.</summary>
public sealed class LicenceLoaders(HealthDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<PractisingLicence>> ByHolder { get; } =
        GroupedLoader.ByOwner(db.Licences.Include(l => l.Decisions).Include(l => l.Renewals).AsSplitQuery(), l => l.HolderId, l => l.IssuedOn);
}
