using System.Security.Claims;

namespace TriThuc.SharedKernel.Security;

/// <summary>The caller as the access rules see it: role, writable modules, extra permissions.</summary>
public sealed class PlatformUser
{
    public static PlatformUser Anonymous { get; } = new(null, null, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    private PlatformUser(string? id, string? name, IReadOnlySet<string> roles, IReadOnlySet<string> modules, IReadOnlySet<string> permissions)
    {
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
        return new PlatformUser(id, principal.FindFirst(PlatformClaims.Name)?.Value, Values(PlatformClaims.Role), Values(PlatformClaims.Module), Values(PlatformClaims.Permission));
    }

    public bool HasPermission(string permission) => IsAdministrator || Permissions.Contains(permission);

    public bool CanWrite(string module) => IsAdministrator || (IsEditor && Modules.Contains(module));
}
