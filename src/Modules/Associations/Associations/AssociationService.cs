using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Associations;

/// <summary>Records associations, their decisions and charter amendments, and names their editors (<see cref="AssociationAccessService"/> says who writes).</summary>
public sealed class AssociationService(AssociationsDbContext db, IClock clock, AssociationAccessService access)
{
    private IQueryable<Association> Associations => db.Associations.Include(a => a.Decisions).Include(a => a.CharterAmendments).AsSingleQuery();

    public async Task<Association> RecordAsync(AssociationInput input, CancellationToken cancellationToken)
    {
        var parent = input.ParentId is { } parentId ? await FindAsync(parentId, "parentId", cancellationToken) : null;
        var association = AssociationRules.New(input, parent, clock.Today);
        db.Associations.Add(association);
        await db.SaveChangesAsync(cancellationToken);
        return association;
    }

    public async Task<Association> DecideAsync(Guid id, AssociationDecisionInput input, CancellationToken cancellationToken)
    {
        var association = await FindWritableAsync(id, null, cancellationToken);
        db.AssociationDecisions.Add(AssociationRules.Decide(association, input, clock.Today));
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return association;
    }

    /// <summary>Records a charter amendment of the term length; the terms already recorded are read to check none becomes too long.</summary>
    public async Task<Association> AmendCharterAsync(Guid id, CharterAmendmentInput input, CancellationToken cancellationToken)
    {
        var association = await FindWritableAsync(id, null, cancellationToken);
        var terms = await db.Terms.AsNoTracking().Where(t => t.AssociationId == id).ToListAsync(cancellationToken);
        db.CharterAmendments.Add(AssociationRules.AmendCharter(association, input, terms, clock.Today));
        db.SerialiseOn(association);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict($"Một sửa đổi điều lệ của {association.Title} ngày {input.DecidedOn:dd/MM/yyyy} vừa được người khác ghi; hãy tải lại.", "decidedOn");
        }

        return association;
    }

    /// <summary>Names a user (the subject of their token) as an editor of the association; the administrator does this.</summary>
    public async Task<Association> GrantEditorAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        var association = await FindAsync(id, null, cancellationToken);
        var wanted = Require.Text(userId, AssociationRules.MaxUserIdLength, "userId", "Tài khoản người biên tập");
        if (!await db.AssociationEditors.AnyAsync(e => e.AssociationId == id && e.UserId == wanted, cancellationToken))
        {
            db.AssociationEditors.Add(new AssociationEditor { AssociationId = id, UserId = wanted });
            await db.SaveChangesAsync(cancellationToken);
        }

        return association;
    }

    public async Task<Association> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Associations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(null);

    internal async Task<Association> FindAsync(Guid id, string? field, CancellationToken cancellationToken) =>
        await Associations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(field);

    /// <summary>
    /// The association, tracked, for a write the caller may make for it (its editors, the administrator): read first, so
    /// that a write serialised on it (<see cref="Versions.SerialiseOn{T}"/>) sees everything saved before its version.
    /// </summary>
    internal async Task<Association> FindWritableAsync(Guid id, string? field, CancellationToken cancellationToken)
    {
        var association = await FindAsync(id, field, cancellationToken);
        await access.RequireWriterAsync(association, cancellationToken);
        return association;
    }

    /// <summary>The filtered associations by name, then id, so that pages never skip or repeat a row.</summary>
    public IQueryable<Association> Query(AssociationFilter? filter)
    {
        var query = Associations.AsNoTracking();
        if (filter?.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter?.ParentId is { } parent)
        {
            query = query.Where(a => a.ParentId == parent);
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(a => a.SearchTitle.Contains(search));
        }

        return query.OrderBy(a => a.SearchTitle).ThenBy(a => a.Id);
    }

    private static DomainException NotFound(string? field) =>
        field is null ? DomainException.NotFound("Không tìm thấy hội.") : DomainException.Validation(field, "Không tìm thấy hội này.");
}
