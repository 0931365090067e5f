namespace TriThuc.SharedKernel.Security;

/// <summary>Claim names the platform reads from a token, as an identity provider must issue them.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>A module an editor may write; one claim per module.</summary>
    public const string Module = "module";

    public const string Permission = "permission";

    /// <summary>The Registry person id of an intellectual signed in as themselves (role <see cref="Roles.Intellectual"/>).</summary>
    public const string Person = "person";
}
