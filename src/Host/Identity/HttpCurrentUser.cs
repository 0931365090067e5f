using System.Security.Claims;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.Host.Identity;

/// <summary>The caller of the current HTTP request; "system" for work outside a request (start-up, event delivery).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string System = "system";
    public const string Anonymous = "anonymous";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string Id => accessor.HttpContext is null
        ? System
        : IsAuthenticated
            ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) ?? Principal!.FindFirstValue("sub") ?? Principal!.Identity!.Name ?? Anonymous
            : Anonymous;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
