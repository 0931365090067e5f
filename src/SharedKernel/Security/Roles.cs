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

    /// <summary>
    /// An intellectual signed in as themselves, their Registry person id in the token's "person" claim: only the fields
    /// declared <see cref="FieldAccess.OrSelf"/>, each limited by its module to the caller's own person. Not one of
    /// <see cref="All"/>: no aggregates, no one else's records.
    /// </summary>
    public const string Intellectual = "intellectual";

    /// <summary>The staff roles: administrator, editor, viewer (aggregates are for them).</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Viewer];
}
