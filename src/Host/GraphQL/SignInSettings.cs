namespace TriThuc.Host.GraphQL;

/// <summary>What the web application needs to sign a user in: how, and with an identity provider, where and as which client.</summary>
public sealed record SignInSettings(SignInMethod Method, string? Authority, string? ClientId, string? Scope)
{
    public static SignInSettings From(PlatformOptions options) => options.Authentication.Authority switch
    {
        null => new(SignInMethod.DevelopmentToken, null, null, null),
        var authority when options.Web.ClientId is { Length: > 0 } clientId => new(SignInMethod.OpenIdConnect, authority, clientId, options.Web.Scope),
        var authority => new(SignInMethod.NotConfigured, authority, null, null),
    };
}
