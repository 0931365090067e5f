namespace TriThuc.SharedKernel.Security;

/// <summary>The one place that decides whether a user may use a field.</summary>
public static class AccessPolicy
{
    public static bool Allows(PlatformUser user, FieldAccess access, bool sensitive)
    {
        var allowed = (access.Self && user.IsIntellectual) || (access.WritesModule is { } module
            ? user.CanWrite(module)
            : access.Level switch
            {
                AccessLevel.Public => true,
                AccessLevel.Aggregates => user.Roles.Overlaps(Roles.All),
                AccessLevel.Records => user.IsAdministrator || user.IsEditor,
                AccessLevel.Administrator => user.IsAdministrator,
                _ => false,
            });
        return allowed && (!sensitive || user.HasPermission(Permissions.PersonalDataRead));
    }
}
