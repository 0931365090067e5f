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

    /// <summary>The associations the caller reads members of; null for every association (the administrator).</summary>
    public async Task<IReadOnlySet<Guid>?> MemberReadableAsync(CancellationToken cancellationToken) =>
        user.Access.IsAdministrator ? null : await NamedAsync(cancellationToken);

    public async Task RequireWriterAsync(Association association, CancellationToken cancellationToken)
    {
        if (!user.Access.IsAdministrator && !(await NamedAsync(cancellationToken)).Contains(association.Id))
        {
            throw DomainException.Forbidden($"Bạn không phải người biên tập của {association.Title}; chỉ người biên tập của hội mới ghi được hồ sơ của hội.");
        }
    }

    public async Task RequireMemberReaderAsync(Association association, CancellationToken cancellationToken)
    {
        if (!user.Access.IsAdministrator && !(await NamedAsync(cancellationToken)).Contains(association.Id))
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
        user.Access.IsAdministrator || (await AgenciesAsync(cancellationToken)).Contains(unitId);

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

        if (!user.Access.IsAdministrator && (await NamedAsync(cancellationToken)).Count == 0)
        {
            throw DomainException.Forbidden("Chỉ người biên tập của một hội (hoặc quản trị hệ thống) mới ghi ý kiến góp ý thay cho trí thức.");
        }

        return personId ?? throw DomainException.Validation("personId", "Hãy chọn trí thức góp ý.");
    }

    public async Task<bool> WritesForAsync(Guid associationId, CancellationToken cancellationToken) =>
        user.Access.IsAdministrator || (await NamedAsync(cancellationToken)).Contains(associationId);

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
