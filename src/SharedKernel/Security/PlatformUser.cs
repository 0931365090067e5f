using System.Security.Claims;

namespace TriThuc.SharedKernel.Security;

/// <summary>The caller as the access rules see it: role, writable modules, extra permissions.</summary>
public sealed class PlatformUser
{
    public static PlatformUser Anonymous { get; } = new(null, null, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), null);

    private PlatformUser(string? id, string? name, IReadOnlySet<string> roles, IReadOnlySet<string> modules, IReadOnlySet<string> permissions, Guid? personId)
    {
        PersonId = personId;
        Id = id;
        Name = name;
        Roles = roles;
        Modules = modules;
        Permissions = permissions;
    }

    public string? Id { get; }

    /// <summary>The display name the token carries (its "name" claim), if any.</summary>
    public string? Name { get; }

    public bool IsAuthenticated => Id is not null;

    public IReadOnlySet<string> Roles { get; }

    public IReadOnlySet<string> Modules { get; }

    public IReadOnlySet<string> Permissions { get; }

    public bool IsAdministrator => Roles.Contains(Security.Roles.Administrator);

    public bool IsEditor => Roles.Contains(Security.Roles.Editor);

    /// <summary>The Registry person an intellectual signed in as (their "person" claim); null for everyone else.</summary>
    public Guid? PersonId { get; }

    /// <summary>An intellectual signed in as themselves, with a person id: what they reach is limited to that person.</summary>
    public bool IsIntellectual => PersonId is not null;

    /// <summary>Signed in as an intellectual and as nothing more (no staff role): limited to <see cref="PersonId"/> everywhere.</summary>
    public bool IsOnlySelf => IsIntellectual && !IsAdministrator && !IsEditor;

    public static PlatformUser From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        HashSet<string> Values(string type) =>
            new(principal.FindAll(type).Select(c => c.Value), StringComparer.OrdinalIgnoreCase);

        var id = principal.FindFirst(PlatformClaims.Subject)?.Value
            ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? principal.Identity.Name
            ?? "unknown";
        var roles = Values(PlatformClaims.Role);
        // A token that also carries a staff role is staff: its person claim neither limits it to that person nor opens
        // the fields only an intellectual signed in as themselves may use.
        Guid? person = roles.Contains(Security.Roles.Intellectual) && !roles.Overlaps(Security.Roles.All)
            && Guid.TryParse(principal.FindFirst(PlatformClaims.Person)?.Value, out var p) ? p : null;
        return new PlatformUser(id, principal.FindFirst(PlatformClaims.Name)?.Value, roles, Values(PlatformClaims.Module), Values(PlatformClaims.Permission), person);
    }

    public bool HasPermission(string permission) => IsAdministrator || Permissions.Contains(permission);

    public bool CanWrite(string module) => IsAdministrator || (IsEditor && Modules.Contains(module));

    /// <summary>
    /// Refuses an intellectual signed in as themselves who asks about another person (<see cref="IsOnlySelf"/>); staff
    /// pass. A field declared <see cref="FieldAccess.OrSelf"/> calls it with the person it is about.
    /// </summary>
    public void RequireSelf(Guid personId)
    {
        if (IsOnlySelf && personId != PersonId)
        {
            throw Errors.DomainException.Forbidden("Bạn đăng nhập với tư cách trí thức: chỉ xem và góp ý được cho chính mình.");
        }
    }
}
