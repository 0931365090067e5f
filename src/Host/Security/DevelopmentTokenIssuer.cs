using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TriThuc.Host.Security;

/// <summary>Signs tokens with the platform's own key, for the embedded default and for tests.</summary>
internal sealed class DevelopmentTokenIssuer(BearerTokenOptions options, SecurityKey signingKey)
{
    public string Issue(string userId, string role, IEnumerable<string> modules, IEnumerable<string> permissions, TimeSpan lifetime, DateTimeOffset? now = null, Guid? personId = null)
    {
        var issuedAt = now ?? DateTimeOffset.UtcNow;
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, userId),
            new(PlatformClaims.Name, userId),
            new(PlatformClaims.Role, role),
        };
        claims.AddRange(modules.Select(m => new Claim(PlatformClaims.Module, m)));
        claims.AddRange(permissions.Select(p => new Claim(PlatformClaims.Permission, p)));
        if (personId is { } person)
        {
            claims.Add(new Claim(PlatformClaims.Person, person.ToString()));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
