using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>
/// A small OpenID Connect provider on Kestrel, as strict about the authorization code flow with PKCE as a real one: it
/// signs in one user at once, answers the code only to the client and address that asked for it, and only with the
/// verifier whose S256 hash was the challenge. Its tokens are RS256, its keys published as JWKS.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "trithuc-web";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, (string Challenge, string RedirectUri)> _codes = new();

    private FakeIdentityProvider(WebApplication app) => _app = app;

    public string Authority { get; private set; } = "";

    /// <summary>Token requests refused, with the reason (a wrong verifier, say).</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <summary>Codes exchanged for a token after their verifier matched the challenge.</summary>
    public int TokensIssued;

    /// <summary>Refuse every code at the token endpoint, as a provider does when its clock or client settings are wrong.</summary>
    public bool RefusesCodes { get; set; }

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app);
        provider.Map(app);
        await app.StartAsync();
        provider.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return provider;
    }

    private void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            await next(http);
        });
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["subject_types_supported"] = new[] { "public" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(_key) } }));
        app.MapGet("/authorize", (HttpContext http) =>
        {
            var query = http.Request.Query;
            if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
                || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["state"]))
            {
                return Results.BadRequest("invalid_request");
            }

            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _codes[code] = (query["code_challenge"]!, query["redirect_uri"]!);
            return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"]!)}");
        });
        app.MapPost("/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (RefusesCodes)
            {
                return Refuse("the provider refuses every code");
            }

            if (!_codes.TryRemove(form["code"].ToString(), out var issued))
            {
                return Refuse("unknown or used code");
            }

            var hash = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
            if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["redirect_uri"] != issued.RedirectUri || hash != issued.Challenge)
            {
                return Refuse("the verifier, client or address does not match the authorization request");
            }

            Interlocked.Increment(ref TokensIssued);
            return Results.Json(new { access_token = IssueToken(), token_type = "Bearer", expires_in = 3600 });
        });
    }

    private IResult Refuse(string reason)
    {
        Refusals.Enqueue(reason);
        return Results.Json(new { error = "invalid_grant", error_description = reason }, statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>A leader's access token, signed by this provider.</summary>
    public string IssueToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Authority,
        Audience = "trithuc-api",
        Subject = new ClaimsIdentity([
            new Claim(PlatformClaims.Subject, "lanh-dao-01"),
            new Claim(PlatformClaims.Name, "Nguyễn Thị Lãnh Đạo"),
            new Claim(PlatformClaims.Role, Roles.Viewer),
        ]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
