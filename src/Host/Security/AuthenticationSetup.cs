using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace TriThuc.Host.Security;

/// <summary>JWT bearer authentication, and the rule that a token which fails validation is a 401, never anonymous access.</summary>
internal static class AuthenticationSetup
{
    public static void AddPlatformAuthentication(this IServiceCollection services, BearerTokenOptions options, string dataPath, IHostEnvironment environment, ILogger logger)
    {
        var keys = options.Authority is null ? SigningKeys.Resolve(options, dataPath) : [];
        if (options.Authority is null && options.SigningKeys.Count == 0 && !environment.IsDevelopment())
        {
            logger.LogWarning("No identity provider or signing keys are configured: tokens are checked against the development key in {DataPath}. " +
                "Set TriThuc:Authentication:Authority (or SigningKeys) for production.", dataPath);
        }
        if (keys.Count > 0)
        {
            services.AddSingleton(new DevelopmentTokenIssuer(options, keys[0]));
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKeys = keys,
                    ClockSkew = options.ClockSkew,
                    NameClaimType = PlatformClaims.Name,
                    RoleClaimType = PlatformClaims.Role,
                };
                jwt.Events = new JwtBearerEvents { OnTokenValidated = RequireSubject };
            });
    }

    /// <summary>The longest user id a token may carry: it is written into every audit entry and access-log line.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>
    /// A token must say who it is for: its <c>sub</c> is what the audit trail and the access log record. A signed token
    /// without one (or with a blank or absurdly long one) is refused like a badly signed one, not logged as "unknown".
    /// </summary>
    private static Task RequireSubject(TokenValidatedContext context)
    {
        var subject = context.Principal?.FindFirst(PlatformClaims.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > MaxSubjectLength || subject.Any(char.IsControl))
        {
            context.Fail("The token names no user: its 'sub' claim is missing, blank, longer than 200 characters or holds control characters.");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A request that sends a bearer token which does not validate (expired, badly signed, wrong
    /// audience...) gets 401 at once: it must not silently continue as anonymous.
    /// </summary>
    public static void UseInvalidTokenRejection(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true)
            {
                var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
                app.Logger.LogWarning("Refused a bearer token: {Reason}", result.Failure?.Message ?? "no valid bearer token");
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await ErrorResponse.Json(ErrorCodes.Unauthenticated,
                        "Mã xác thực (token) không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.", StatusCodes.Status401Unauthorized)
                    .ExecuteAsync(http);
                return;
            }

            await next(http);
        });
    }
}
