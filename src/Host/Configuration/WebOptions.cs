namespace TriThuc.Host.Configuration;

/// <summary>The web pages the host serves (<c>TriThuc:Web</c>).</summary>
public sealed class WebOptions
{
    /// <summary>The folder of the built pages (web/dist, copied to wwwroot beside the host by its build); relative to the host's binaries unless absolute.</summary>
    public string Root { get; set; } = "wwwroot";

    /// <summary>
    /// The web application's client id at the identity provider (<c>TriThuc:Authentication:Authority</c>): a public client
    /// that signs in with the authorization code and PKCE, and may return to this host's address. Without it, the
    /// application cannot sign anyone in through the provider.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>The scopes the web application asks the identity provider for.</summary>
    public string Scope { get; set; } = "openid profile";
}
