using TriThuc.Modules.Associations.Consultations;
using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Associations;

/// <summary>
/// Who writes for an association and who reads its members' personal data: the administrator for every association,
/// an Associations editor only for the associations that named them (<see cref="AssociationEditor"/>). Everyone else
/// who reads records, the union's editors included, sees an association's member counts, never its member list.
/// An agency (a Registry unit) acts through the users the administrator named for it (<c>AgencyResponder</c>).
/// </summary>
public sealed class AssociationAccessService(AssociationsDbContext db, ICurrentUser user)
{
    private Task<HashSet<Guid>>? _named;
    private Task<HashSet<Guid>>? _agencies;
    private Task<bool>? _unionEditor;
    private bool _startUp;

    /// <summary>
    /// Lets the module's own start-up work (its demo data) write as the administrator does, in this scope only. Refused
    /// inside a request or for a signed-in caller: no caller can reach it, and a scope that served one never becomes it.
    /// </summary>
    internal void ActAsStartUp()
    {
        if (user.RequestId is not null || user.IsAuthenticated)
        {
            throw new InvalidOperationException("Start-up work does not run inside a request.");
        }

        _startUp = true;
    }

    private bool IsAdministrator => _startUp || user.Access.IsAdministrator;

    /// <summary>The associations the caller reads members of; null for every association (the administrator).</summary>
    public async Task<IReadOnlySet<Guid>?> MemberReadableAsync(CancellationToken cancellationToken) =>
        IsAdministrator ? null : await NamedAsync(cancellationToken);

    public async Task RequireWriterAsync(Association association, CancellationToken cancellationToken)
    {
        if (!IsAdministrator && !(await NamedAsync(cancellationToken)).Contains(association.Id))
        {
            throw DomainException.Forbidden($"Bạn không phải người biên tập của {association.Title}; chỉ người biên tập của hội mới ghi được hồ sơ của hội.");
        }
    }

    public async Task RequireMemberReaderAsync(Association association, CancellationToken cancellationToken)
    {
        if (!IsAdministrator && !(await NamedAsync(cancellationToken)).Contains(association.Id))
        {
            throw DomainException.Forbidden(
                $"Danh sách hội viên của {association.Title} là dữ liệu cá nhân: chỉ người biên tập của hội xem được. Số hội viên theo tình trạng có ở trường memberCounts của hội.");
        }
    }

    /// <summary>Refuses the caller unless they act for the agency (a Registry unit): its named responders and the administrator.</summary>
    public async Task RequireAgencyAsync(Guid unitId, string unitName, CancellationToken cancellationToken)
    {
        if (!await ActsForAgencyAsync(unitId, cancellationToken))
        {
            throw DomainException.Forbidden($"Bạn không được {unitName} giao gửi yêu cầu và trả lời kiến nghị; chỉ người được cơ quan giao mới làm được.");
        }
    }

    public async Task<bool> ActsForAgencyAsync(Guid unitId, CancellationToken cancellationToken) =>
        IsAdministrator || (await AgenciesAsync(cancellationToken)).Contains(unitId);

    /// <summary>The person of an intellectual signed in as themselves and as nothing more; null for staff.</summary>
    public Guid? OnlySelf => user.Access.IsOnlySelf ? user.Access.PersonId : null;

    /// <summary>
    /// The person a comment on a draft is attributed to: an intellectual signed in as themselves comments as themselves
    /// only; the administrator or an editor named for an association takes it on a person's behalf, naming them.
    /// </summary>
    public async Task<Guid> CommenterAsync(Guid? personId, CancellationToken cancellationToken)
    {
        if (OnlySelf is { } self)
        {
            return personId is null || personId == self
                ? self
                : throw DomainException.Forbidden("Bạn chỉ góp ý được với tư cách của chính mình, không thay cho người khác.");
        }

        if (!IsAdministrator && (await NamedAsync(cancellationToken)).Count == 0)
        {
            throw DomainException.Forbidden("Chỉ người biên tập của một hội (hoặc quản trị hệ thống) mới ghi ý kiến góp ý thay cho trí thức.");
        }

        return personId ?? throw DomainException.Validation("personId", "Hãy chọn trí thức góp ý.");
    }

    public async Task<bool> WritesForAsync(Guid associationId, CancellationToken cancellationToken) =>
        IsAdministrator || (await NamedAsync(cancellationToken)).Contains(associationId);

    /// <summary>
    /// Whether the caller reads every comment on every draft: the administrator and the union's editors (named for a
    /// <see cref="AssociationKind.Union"/> association). A drafting agency's responders read the comments on its own
    /// drafts (<see cref="ActsForAgencyAsync"/>); an intellectual reads their own on their record.
    /// </summary>
    public async Task<bool> ReadsEveryCommentAsync(CancellationToken cancellationToken) =>
        IsAdministrator || await (_unionEditor ??= UnionEditorAsync(cancellationToken));

    /// <summary>The agencies the caller answers for (the administrator: see <see cref="ReadsEveryCommentAsync"/>).</summary>
    public Task<HashSet<Guid>> AgenciesAnsweredForAsync(CancellationToken cancellationToken) => AgenciesAsync(cancellationToken);

    /// <summary>Refuses a caller who may not read the comments on a draft of the agency <paramref name="agencyUnitId"/>.</summary>
    public async Task RequireCommentReaderAsync(Guid agencyUnitId, CancellationToken cancellationToken)
    {
        if (!await ReadsEveryCommentAsync(cancellationToken) && !await ActsForAgencyAsync(agencyUnitId, cancellationToken))
        {
            throw DomainException.Forbidden(CommentReadersMessage);
        }
    }

    public const string CommentReadersMessage =
        "Ý kiến góp ý dự thảo chỉ cơ quan soạn thảo (người được cơ quan giao), người biên tập của Liên hiệp hội, quản trị hệ thống và chính người góp ý xem được.";

    private async Task<bool> UnionEditorAsync(CancellationToken cancellationToken)
    {
        var named = await NamedAsync(cancellationToken);
        return named.Count > 0 && await db.Associations.AsNoTracking().AnyAsync(a => named.Contains(a.Id) && a.Kind == AssociationKind.Union, cancellationToken);
    }

    private Task<HashSet<Guid>> AgenciesAsync(CancellationToken cancellationToken) =>
        _agencies ??= user.Access.IsEditor && user.Access.Modules.Contains("Associations")
            ? db.AgencyResponders.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.UnitId).ToHashSetAsync(cancellationToken)
            : Task.FromResult(new HashSet<Guid>());

    // Asked once per request: a page of memberships and the checks of one request share the answer.
    private Task<HashSet<Guid>> NamedAsync(CancellationToken cancellationToken) =>
        _named ??= user.Access.IsEditor && user.Access.Modules.Contains("Associations")
            ? db.AssociationEditors.AsNoTracking().Where(e => e.UserId == user.Id).Select(e => e.AssociationId).ToHashSetAsync(cancellationToken)
            : Task.FromResult(new HashSet<Guid>());
}
