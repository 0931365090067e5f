using TriThuc.SharedKernel.Identity;

namespace TriThuc.Host.Identity;

/// <summary>The caller of the current HTTP request; "system" for work outside a request (start-up, event delivery).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string System = "system";
    public const string Anonymous = "anonymous";

    public PlatformUser Access => PlatformUser.From(accessor.HttpContext?.User);

    public bool IsAuthenticated => Access.IsAuthenticated;

    public string Id => accessor.HttpContext is null ? System : Access.Id ?? Anonymous;

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;
}
