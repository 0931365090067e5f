namespace TriThuc.Host.Security;

/// <summary>
/// <c>dotnet run --project src/Host -- token --role editor --module Science [--user an] [--permission personal-data:read] [--hours 8]</c>,
/// or <c>token --role intellectual --person &lt;Registry person id&gt;</c> for an intellectual signed in as themselves:
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
            .Issue(options.User, options.Role, options.Modules, options.Permissions, TimeSpan.FromHours(options.Hours), personId: options.Person);
        Console.WriteLine(token);
        return 0;
    }

    private const string Usage =
        "usage: token --role administrator|editor|viewer [--module NAME]... [--permission NAME]... [--user ID] [--hours N]\n" +
        "       token --role intellectual --person REGISTRY-PERSON-ID [--user ID] [--hours N]";

    private sealed record TokenOptions(string Role, List<string> Modules, List<string> Permissions, string User, double Hours, Guid? Person);

    private static (TokenOptions? Options, string[] Remaining) ParseOptions(string[] args)
    {
        string? role = null;
        string user = "dev";
        double hours = 8;
        string? person = null;
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
                case "--person": person = Next(); break;
                case "--hours": hours = double.TryParse(Next(), System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : -1; break;
                default: rest.Add(args[i]); break;
            }
        }

        Guid? personId = Guid.TryParse(person, out var parsed) ? parsed : null;
        var valid = role is not null && hours > 0 && !string.IsNullOrWhiteSpace(user)
            && (role == Roles.Intellectual ? personId is not null && modules.Count == 0 && permissions.Count == 0 : Roles.All.Contains(role) && person is null);
        return (valid ? new TokenOptions(role!, modules, permissions, user, hours, personId) : null, rest.ToArray());
    }
}
