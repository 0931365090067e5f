namespace TriThuc.Host.Security;

/// <summary>One field an operation uses, and what the module declared it requires.</summary>
internal sealed record FieldRequirement(string Coordinate, FieldAccess? Access, bool Sensitive, bool IsRoot, bool IsMutation)
{
    /// <summary>
    /// Root fields and mutations without a declaration are refused to everyone; a nested field without
    /// one is open to whoever may read its parent, except sensitive fields, which need record access.
    /// No anonymous caller runs a mutation, whatever it declares.
    /// </summary>
    public bool Allows(PlatformUser user) => Access switch
    {
        _ when IsMutation && !user.IsAuthenticated => false,
        null when IsRoot => false,
        null => AccessPolicy.Allows(user, Sensitive ? FieldAccess.Records : FieldAccess.Public, Sensitive),
        _ => AccessPolicy.Allows(user, Access, Sensitive),
    };
}
