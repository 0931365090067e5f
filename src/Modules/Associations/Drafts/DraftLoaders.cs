using GraphQL.DataLoader;
using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Drafts;

/// <summary>Per request: the comments of a page of drafts or of people, and the paragraphs and drafts they point to, one query each.</summary>
public sealed class DraftLoaders(AssociationsDbContext db, ICurrentUser user)
{
    public BatchLoader<Guid, IReadOnlyList<DraftComment>> CommentsByDraft { get; } =
        GroupedLoader.ByOwner(db.DraftComments.Include(c => c.Disposition), c => c.DraftId, c => (c.CreatedAt, c.Id));

    public BatchLoader<Guid, IReadOnlyList<DraftComment>> CommentsByPerson { get; } =
        GroupedLoader.ByOwner(db.DraftComments.Include(c => c.Disposition), c => c.PersonId, c => (c.CreatedAt, c.Id));

    /// <summary>A person's comments; an intellectual signed in as themselves gets theirs only (FORBIDDEN for another person).</summary>
    public IDataLoaderResult<IReadOnlyList<DraftComment>?> CommentsOf(Guid personId)
    {
        user.Access.RequireSelf(personId);
        return CommentsByPerson.Load(personId);
    }

    public BatchLoader<Guid, DraftParagraph> ParagraphById { get; } = new(async (ids, cancellationToken) =>
        await db.DraftParagraphs.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken));

    public BatchLoader<Guid, Draft> DraftById { get; } = new(async (ids, cancellationToken) =>
        await db.Drafts.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken));
}
