using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TriThuc.Host.Configuration;
using TriThuc.Host.Security;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Security;

public sealed class AuthenticationTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private const string Query = "{ greetingCount }";
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_valid_token_is_accepted()
    {
        var result = await Host.GraphQLAsync(Query, token: Host.Token(Roles.Viewer));

        result.GetProperty("data").GetProperty("greetingCount").GetInt32().Should().BeGreaterThanOrEqualTo(0);
    }

    public static TheoryData<string> BadTokens => new()
    {
        "expired",
        "badly-signed",
        "wrong-audience",
        "wrong-issuer",
        "garbage",
        "no-subject",
        "blank-subject",
        "oversized-subject",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_does_not_validate_is_a_401_not_anonymous_access(string kind)
    {
        using var response = await Host.PostGraphQLAsync("{ platform { province } }", token: BadToken(kind));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Contain("invalid_token");
        (await TestHost.ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            .Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public async Task The_token_command_prints_a_token_the_host_accepts()
    {
        var hostAssembly = typeof(PlatformApplication).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostAssembly, "token", "--role", "viewer", "--user", "lanh-dao", $"--TriThuc:DataPath={Host.DataPath}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var token = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        var result = await Host.GraphQLAsync(Query, token: token);
        result.TryGetProperty("errors", out _).Should().BeFalse();
    }

    [Fact]
    public void The_development_signing_key_is_created_in_the_data_folder_readable_by_its_owner_only()
    {
        var key = Path.Combine(Host.DataPath, SigningKeys.DevelopmentKeyFile);

        File.Exists(key).Should().BeTrue();
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.GetUnixFileMode(key).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private string BadToken(string kind)
    {
        var options = new BearerTokenOptions();
        var realKey = SigningKeys.Resolve(options, Host.DataPath)[0];
        var now = DateTimeOffset.UtcNow;
        return kind switch
        {
            "expired" => new DevelopmentTokenIssuer(options, realKey).Issue("u", Roles.Viewer, [], [], TimeSpan.FromMinutes(5), now.AddHours(-2)),
            "badly-signed" => new DevelopmentTokenIssuer(options, new SymmetricSecurityKey(new byte[32])).Issue("u", Roles.Viewer, [], [], TimeSpan.FromHours(1)),
            "wrong-audience" => new DevelopmentTokenIssuer(new BearerTokenOptions { Audience = "another-api" }, realKey).Issue("u", Roles.Viewer, [], [], TimeSpan.FromHours(1)),
            "wrong-issuer" => new DevelopmentTokenIssuer(new BearerTokenOptions { Issuer = "someone-else" }, realKey).Issue("u", Roles.Viewer, [], [], TimeSpan.FromHours(1)),
            "no-subject" => Signed(realKey, options, new Dictionary<string, object> { ["role"] = Roles.Administrator, ["name"] = "Không tên" }),
            "blank-subject" => Signed(realKey, options, new Dictionary<string, object> { ["sub"] = " ", ["role"] = Roles.Administrator }),
            "oversized-subject" => Signed(realKey, options, new Dictionary<string, object> { ["sub"] = new string('a', 5_000), ["role"] = Roles.Administrator }),
            _ => "not-a-jwt",
        };
    }

    /// <summary>A token signed with the host's real key that carries exactly <paramref name="claims"/>.</summary>
    private static string Signed(SecurityKey key, BearerTokenOptions options, Dictionary<string, object> claims) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
