namespace TriThuc.SharedKernel.Security;

/// <summary>The platform's roles, carried in the token's "role" claim.</summary>
public static class Roles
{
    /// <summary>Provincial administrator: everything, including personal data and the audit trail.</summary>
    public const string Administrator = "administrator";

    /// <summary>Department editor: reads all non-sensitive data; writes only the modules named in its "module" claims.</summary>
    public const string Editor = "editor";

    /// <summary>Leader or analyst: aggregates and indicators only, no personal records.</summary>
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Viewer];
}
