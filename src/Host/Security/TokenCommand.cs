namespace TriThuc.Host.Security;

/// <summary>
/// <c>dotnet run --project src/Host -- token --role editor --module Science [--user an] [--permission personal-data:read] [--hours 8]</c>:
/// prints a development token signed with the embedded default's key.
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    public static int Run(string[] args)
    {
        var (options, rest) = ParseOptions(args);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(rest);
        var platform = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        if (platform.Authentication.Authority is not null)
        {
            Console.Error.WriteLine("Tokens come from the identity provider configured in TriThuc:Authentication:Authority, not from this command.");
            return 2;
        }

        var dataPath = Path.GetFullPath(platform.DataPath, builder.Environment.ContentRootPath);
        var key = SigningKeys.Resolve(platform.Authentication, dataPath)[0];
        var token = new DevelopmentTokenIssuer(platform.Authentication, key)
            .Issue(options.User, options.Role, options.Modules, options.Permissions, TimeSpan.FromHours(options.Hours));
        Console.WriteLine(token);
        return 0;
    }

    private const string Usage =
        "usage: token --role administrator|editor|viewer [--module NAME]... [--permission NAME]... [--user ID] [--hours N]";

    private sealed record TokenOptions(string Role, List<string> Modules, List<string> Permissions, string User, double Hours);

    private static (TokenOptions? Options, string[] Remaining) ParseOptions(string[] args)
    {
        string? role = null;
        string user = "dev";
        double hours = 8;
        List<string> modules = [], permissions = [], rest = [];
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : "";
            switch (args[i])
            {
                case "--role": role = Next(); break;
                case "--module": modules.Add(Next()); break;
                case "--permission": permissions.Add(Next()); break;
                case "--user": user = Next(); break;
                case "--hours": hours = double.TryParse(Next(), System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : -1; break;
                default: rest.Add(args[i]); break;
            }
        }

        var valid = role is not null && Roles.All.Contains(role) && hours > 0 && !string.IsNullOrWhiteSpace(user);
        return (valid ? new TokenOptions(role!, modules, permissions, user, hours) : null, rest.ToArray());
    }
}
