using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Drafts;

/// <summary>
/// Comments on drafts: the drafting agency (its named responders) publishes and revises the draft, disposes of the
/// comments and publishes the summary; comments are taken on a person's behalf by association editors.
/// </summary>
public sealed class DraftService(AssociationsDbContext db, AssociationAccessService access, RegistryReferences registry, IClock clock, DraftOptions options)
{
    private IQueryable<Draft> Drafts => db.Drafts.Include(d => d.Paragraphs);

    public async Task<Draft> PublishAsync(DraftInput input, CancellationToken cancellationToken)
    {
        var agency = await registry.RequireOpenUnitAsync(input.AgencyUnitId, clock.Today, "agencyUnitId", cancellationToken);
        await access.RequireAgencyAsync(agency.Id, agency.Name, cancellationToken);
        var draft = DraftRules.New(input, clock.Now, options.MinimumCommentWindow);
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<Draft> ReviseAsync(Guid id, DraftRevisionInput input, CancellationToken cancellationToken)
    {
        var draft = await FindAsync(id, cancellationToken);
        await RequireAgencyAsync(draft, cancellationToken);
        db.DraftParagraphs.RemoveRange(DraftRules.Revise(draft, input, clock.Now));
        db.DraftParagraphs.AddRange(draft.Paragraphs);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<DraftComment> CommentAsync(DraftCommentInput input, CancellationToken cancellationToken)
    {
        var paragraph = await db.DraftParagraphs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ParagraphId, cancellationToken)
            ?? throw DomainException.Validation("paragraphId", "Không tìm thấy đoạn dự thảo này.");
        var draft = await FindAsync(paragraph.DraftId, cancellationToken);
        var personId = await access.CommenterAsync(input.PersonId, cancellationToken);
        await registry.RequirePeopleAsync([personId], "personId", cancellationToken);
        var comment = DraftRules.Comment(draft, paragraph, personId, input, clock.Now);
        db.DraftComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    public async Task<DraftComment> DisposeAsync(Guid commentId, DispositionInput input, CancellationToken cancellationToken)
    {
        var comment = await db.DraftComments.Include(c => c.Disposition).SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy ý kiến góp ý.");
        var draft = await FindAsync(comment.DraftId, cancellationToken);
        await RequireAgencyAsync(draft, cancellationToken);
        db.CommentDispositions.Add(DraftRules.Dispose(draft, comment, input));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Ý kiến này vừa được người khác xử lý; hãy tải lại.", "id");
        }

        return comment;
    }

    public async Task<Draft> PublishSummaryAsync(Guid id, string? summary, CancellationToken cancellationToken)
    {
        var draft = await FindAsync(id, cancellationToken);
        await RequireAgencyAsync(draft, cancellationToken);
        var comments = await db.DraftComments.AsNoTracking().Include(c => c.Disposition).Where(c => c.DraftId == id).ToListAsync(cancellationToken);
        DraftRules.PublishSummary(draft, comments, summary, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<Draft> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Published().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw NotFound();

    /// <summary>The filtered drafts, the latest window first, then id.</summary>
    public IQueryable<Draft> Query(DraftFilter? filter)
    {
        var query = Published();
        if (filter?.AgencyUnitId is { } agency)
        {
            query = query.Where(d => d.AgencyUnitId == agency);
        }

        if (filter?.OpenNow is { } open)
        {
            var now = clock.Now;
            query = open ? query.Where(d => d.OpensAt <= now && now < d.ClosesAt) : query.Where(d => !(d.OpensAt <= now && now < d.ClosesAt));
        }

        return query.OrderByDescending(d => d.OpensAt).ThenBy(d => d.Id);
    }

    /// <summary>
    /// The drafts the caller may read: staff see every draft; an intellectual signed in as themselves sees only those
    /// whose comment window has opened, as the agency may still revise a draft before then.
    /// </summary>
    private IQueryable<Draft> Published()
    {
        var query = Drafts.AsNoTracking();
        if (access.OnlySelf is not null)
        {
            var now = clock.Now;
            query = query.Where(d => d.OpensAt <= now);
        }

        return query;
    }

    private async Task RequireAgencyAsync(Draft draft, CancellationToken cancellationToken)
    {
        if (!await access.ActsForAgencyAsync(draft.AgencyUnitId, cancellationToken))
        {
            var name = (await registry.RequireOpenUnitAsync(draft.AgencyUnitId, DateOnly.FromDateTime(draft.CreatedAt.UtcDateTime), "id", cancellationToken)).Name;
            await access.RequireAgencyAsync(draft.AgencyUnitId, name, cancellationToken);
        }
    }

    private async Task<Draft> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Drafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw NotFound();

    private static DomainException NotFound() => DomainException.NotFound("Không tìm thấy dự thảo.");
}
