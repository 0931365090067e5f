using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>Per request: the terms, with their leaders, of a page of associations in one query.</summary>
public sealed class TermLoaders(AssociationsDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<Term>> ByAssociation { get; } =
        GroupedLoader.ByOwner(db.Terms.Include(t => t.Leaders), t => t.AssociationId, t => t.StartsOn);
}
