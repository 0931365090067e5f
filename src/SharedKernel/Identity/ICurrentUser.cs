using TriThuc.SharedKernel.Security;

namespace TriThuc.SharedKernel.Identity;

/// <summary>Who is making the current request (or "system" for background work).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>A stable identifier written into audit fields: the user id, "anonymous" or "system".</summary>
    string Id { get; }

    /// <summary>The id of the HTTP request being served (also in logs and the X-Request-Id header), or null outside a request.</summary>
    string? RequestId { get; }

    /// <summary>The caller's role, writable modules and permissions, as the access rules see them.</summary>
    PlatformUser Access { get; }
}
