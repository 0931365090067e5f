using GraphQL.DataLoader;
using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Drafts;

/// <summary>Per request: the comments of a page of drafts or of people, and the paragraphs and drafts they point to, one query each.</summary>
public sealed class DraftLoaders(AssociationsDbContext db, ICurrentUser user, AssociationAccessService access)
{
    private BatchLoader<Guid, IReadOnlyList<DraftComment>>? _byPersonOnAgencyDrafts;

    public BatchLoader<Guid, IReadOnlyList<DraftComment>> CommentsByDraft { get; } =
        GroupedLoader.ByOwner(db.DraftComments.Include(c => c.Disposition), c => c.DraftId, c => (c.CreatedAt, c.Id));

    public BatchLoader<Guid, IReadOnlyList<DraftComment>> CommentsByPerson { get; } =
        GroupedLoader.ByOwner(db.DraftComments.Include(c => c.Disposition), c => c.PersonId, c => (c.CreatedAt, c.Id));

    /// <summary>
    /// A person's comments, for those who read comments (<see cref="AssociationAccessService.ReadsEveryCommentAsync"/>):
    /// an intellectual signed in as themselves gets theirs only (FORBIDDEN for another person); a drafting agency's
    /// responders get those on their agencies' drafts; anyone else is refused.
    /// </summary>
    public async Task<IDataLoaderResult<IReadOnlyList<DraftComment>?>> CommentsOfAsync(Guid personId, CancellationToken cancellationToken)
    {
        user.Access.RequireSelf(personId);
        if (access.OnlySelf is not null || await access.ReadsEveryCommentAsync(cancellationToken))
        {
            return CommentsByPerson.Load(personId);
        }

        var agencies = await access.AgenciesAnsweredForAsync(cancellationToken);
        if (agencies.Count == 0)
        {
            throw DomainException.Forbidden(AssociationAccessService.CommentReadersMessage);
        }

        var agencyIds = agencies.ToList();
        _byPersonOnAgencyDrafts ??= GroupedLoader.ByOwner(
            db.DraftComments.Include(c => c.Disposition).Where(c => db.Drafts.Any(d => d.Id == c.DraftId && agencyIds.Contains(d.AgencyUnitId))),
            c => c.PersonId, c => (c.CreatedAt, c.Id));
        return _byPersonOnAgencyDrafts.Load(personId);
    }

    /// <summary>The comments on a draft, for its agency's responders, the union's editors and the administrator only.</summary>
    public async Task<IDataLoaderResult<IReadOnlyList<DraftComment>?>> CommentsOnAsync(Draft draft, CancellationToken cancellationToken)
    {
        await access.RequireCommentReaderAsync(draft.AgencyUnitId, cancellationToken);
        return CommentsByDraft.Load(draft.Id);
    }

    public BatchLoader<Guid, DraftParagraph> ParagraphById { get; } = new(async (ids, cancellationToken) =>
        await db.DraftParagraphs.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken));

    public BatchLoader<Guid, Draft> DraftById { get; } = new(async (ids, cancellationToken) =>
        await db.Drafts.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken));
}
