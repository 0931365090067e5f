namespace TriThuc.Host.Configuration;

/// <summary>
/// How bearer tokens are checked. With an <see cref="Authority"/> (e.g. the province's Keycloak realm)
/// signing keys come from its OpenID Connect metadata; otherwise from <see cref="SigningKeys"/>, or, when
/// none are configured, from a development key generated on first run into the data folder.
/// </summary>
public sealed class BearerTokenOptions
{
    public string Issuer { get; set; } = "trithuc";

    public string Audience { get; set; } = "trithuc-api";

    /// <summary>OpenID Connect authority URL; when set, keys and issuer come from its metadata.</summary>
    public string? Authority { get; set; }

    /// <summary>Symmetric signing keys, base64, at least 32 bytes each. The first signs development tokens.</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>Allowed clock difference between the token issuer and this host.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
