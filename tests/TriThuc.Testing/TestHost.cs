using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.Security;

namespace TriThuc.Testing;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 (a free port), over a given plugins folder, with its own
/// temporary data and log folders. Settings are passed as command-line arguments, as an operator would.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly string? _postgresDatabase;
    private bool _ownsDatabase;

    private TestHost(WebApplication app, string dataPath, string logPath, string? postgresDatabase)
    {
        App = app;
        DataPath = dataPath;
        LogPath = logPath;
        _postgresDatabase = postgresDatabase;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string DataPath { get; }

    public string LogPath { get; }

    /// <summary>The endpoint's absolute address, for a client tool or a browser.</summary>
    public string GraphQLUrl => new Uri(Client.BaseAddress!, "/graphql").ToString();

    /// <summary>The schema the host composed from its modules, as a client's introspection sees it.</summary>
    public GraphQL.Types.ISchema Schema => App.Services.GetRequiredService<TriThuc.Host.GraphQL.ComposedSchema>().Value;

    /// <summary>The command-line settings that point at this host's database, for a command run beside it (import, migrate).</summary>
    public IReadOnlyList<string> DatabaseArguments => _postgresDatabase is null
        ? [$"--TriThuc:DataPath={DataPath}"]
        : [$"--TriThuc:DataPath={DataPath}", "--TriThuc:Database:Provider=Postgres", $"--TriThuc:Database:ConnectionString={_postgresDatabase}"];

    /// <summary>Whether a database connection is to this host's own databases (its SQLite files, or its PostgreSQL database).</summary>
    public bool OwnsConnection(System.Data.Common.DbConnection connection) => _postgresDatabase is null
        ? connection.DataSource.StartsWith(DataPath, StringComparison.Ordinal)
        : connection.Database == new Npgsql.NpgsqlConnectionStringBuilder(_postgresDatabase).Database;

    /// <summary>The event types waiting in or delivered from a module's outbox, read through the module's own DbContext (any provider).</summary>
    public async Task<List<string>> OutboxTypesAsync(string moduleName, bool pendingOnly = false)
    {
        var module = App.Services.GetRequiredService<TriThuc.Host.Plugins.ModuleCatalog>().Modules.Single(m => m.Name == moduleName);
        await using var scope = App.Services.CreateAsyncScope();
        var db = (TriThuc.SharedKernel.Data.ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => !pendingOnly || m.ProcessedAt == null)
            .Select(m => m.Type)
            .ToListAsync();
    }

    /// <summary>Every audit chain of a module's database as the host's key verifies it (<see cref="TriThuc.SharedKernel.Data.AuditChain.VerifyAsync"/>).</summary>
    public async Task<IReadOnlyList<TriThuc.SharedKernel.Data.ChainReport>> VerifyChainsAsync(string moduleName)
    {
        var module = App.Services.GetRequiredService<TriThuc.Host.Plugins.ModuleCatalog>().Modules.Single(m => m.Name == moduleName);
        await using var scope = App.Services.CreateAsyncScope();
        var db = (TriThuc.SharedKernel.Data.ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
        return await TriThuc.SharedKernel.Data.AuditChain.Of(db).VerifyAsync(db, CancellationToken.None);
    }

    /// <summary>
    /// Marks every event in a module's outbox as not yet delivered, as if the host had crashed after the handlers
    /// committed and before the outbox noted it: the dispatcher delivers them all again.
    /// </summary>
    public async Task RedeliverAsync(string moduleName)
    {
        var module = App.Services.GetRequiredService<TriThuc.Host.Plugins.ModuleCatalog>().Modules.Single(m => m.Name == moduleName);
        await using var scope = App.Services.CreateAsyncScope();
        var db = (TriThuc.SharedKernel.Data.ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
        foreach (var message in await db.OutboxMessages.ToListAsync())
        {
            message.ProcessedAt = null;
            message.NextAttemptAt = null;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Starts a host on the test run's provider (see <see cref="TestDatabase"/>): SQLite files, or a fresh PostgreSQL database.</summary>
    public static Task<TestHost> StartAsync(PluginFolder plugins, params string[] settings) => StartAsync(plugins, null, settings);

    /// <summary>Starts a host as <see cref="StartAsync(PluginFolder, string[])"/> whose clock (<c>IClock</c>) is <paramref name="time"/>, e.g. a <see cref="MovableClock"/>.</summary>
    public static async Task<TestHost> StartAsync(PluginFolder plugins, TimeProvider? time, params string[] settings)
    {
        if (!TestDatabase.IsPostgres)
        {
            return await StartOnAsync(plugins, null, time, settings);
        }

        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var host = await StartOnAsync(plugins, database, time, settings);
            host._ownsDatabase = true;
            return host;
        }
        catch
        {
            await PostgresServer.DropDatabaseAsync(database);
            throw;
        }
    }

    /// <summary>Starts a host on the given PostgreSQL database (null: SQLite files); the caller owns the database, so several hosts can share it.</summary>
    public static Task<TestHost> StartOnAsync(PluginFolder plugins, string? postgresDatabase, params string[] settings) =>
        StartOnAsync(plugins, postgresDatabase, null, settings);

    private static async Task<TestHost> StartOnAsync(PluginFolder plugins, string? postgresDatabase, TimeProvider? time, string[] settings)
    {
        var dataPath = TempPaths.NewFolder("data");
        var logPath = TempPaths.NewFolder("logs");
        string[] database = postgresDatabase is null
            ? []
            : ["--TriThuc:Database:Provider=Postgres", $"--TriThuc:Database:ConnectionString={postgresDatabase}"];
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            $"--TriThuc:Plugins:Path={plugins.Path}",
            $"--TriThuc:DataPath={dataPath}",
            $"--TriThuc:LogPath={logPath}",
            $"--TriThuc:Web:Root={PluginFolder.BuiltWebPages}",
            "--TriThuc:Outbox:PollInterval=00:00:00.200",
            "--Serilog:MinimumLevel:Default=Information",
            // Tests build their own data; a test that wants the demo province switches it back on.
            "--TriThuc:Modules:Registry:DemoData:Enabled=false",
            "--TriThuc:Modules:Science:DemoData:Enabled=false",
            "--TriThuc:Modules:Health:DemoData:Enabled=false",
            "--TriThuc:Modules:University:DemoData:Enabled=false",
            "--TriThuc:Modules:Education:DemoData:Enabled=false",
            "--TriThuc:Modules:Associations:DemoData:Enabled=false",
            .. database,
            .. settings.Select(s => "--" + s),
        ];

        var app = TriThuc.Host.PlatformApplication.Build(args, time);
        try
        {
            await TriThuc.Host.PlatformApplication.InitializeAsync(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new TestHost(app, dataPath, logPath, postgresDatabase);
    }

    /// <summary>A token signed with the host's development key, as `dotnet run --project src/Host -- token` prints.</summary>
    public string Token(string role, string? module = null, params string[] permissions) =>
        App.Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue($"test-{role}", role, module is null ? [] : [module], permissions, TimeSpan.FromHours(1));

    /// <summary>A token like <see cref="Token"/> for a user of one's choosing.</summary>
    public string TokenFor(string userId, string role, string? module = null, params string[] permissions) =>
        App.Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue(userId, role, module is null ? [] : [module], permissions, TimeSpan.FromHours(1));

    /// <summary>A token of an intellectual signed in as themselves: role intellectual, their Registry person id in the "person" claim.</summary>
    public string TokenForIntellectual(Guid personId, string? userId = null) =>
        App.Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue(userId ?? $"tri-thuc-{personId:N}", TriThuc.SharedKernel.Security.Roles.Intellectual, [], [], TimeSpan.FromHours(1), personId: personId);

    /// <summary>POSTs a GraphQL request and returns the parsed response body.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? operationName = null, string? token = null)
    {
        using var response = await PostGraphQLAsync(query, variables, operationName, token: token);
        return await ReadJsonAsync(response);
    }

    public Task<HttpResponseMessage> PostGraphQLAsync(string query, object? variables = null, string? operationName = null, string? accept = null, string? token = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return PostRawAsync(body, "application/json", accept, token);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType, string? accept = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        return SendAsync(request, accept, token);
    }

    /// <summary>
    /// Posts a CSV file to a module's import of <paramref name="kind"/> (<c>POST /api/&lt;module&gt;/import/&lt;kind&gt;</c>), as the
    /// web application sends it; the status and the report (default when the answer has no body).
    /// </summary>
    public async Task<(HttpStatusCode Status, JsonElement Report)> ImportCsvAsync(string module, string kind, string csv, bool dryRun, string token,
        string fileName = "list.csv")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"/api/{module}/import/{kind}?dryRun={dryRun.ToString().ToLowerInvariant()}&fileName={Uri.EscapeDataString(fileName)}")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        using var response = await SendAsync(request, null, token);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    public Task<HttpResponseMessage> GetAsync(string url, string? token = null) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url), null, token);

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accept, string? token)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Every line the host has logged so far, read beside the live writer.</summary>
    public List<string> LogLines() => Directory.GetFiles(LogPath).SelectMany(file =>
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
    }).ToList();

    /// <summary>
    /// Waits until the host logs a matching line: what a request logs when it ends may come a moment after the
    /// caller has gone (a hung-up request finishes on the server's side later), so a test waits for it instead of racing it.
    /// </summary>
    public async Task<List<string>> WaitForLogLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var lines = LogLines();
            if (lines.Any(match) || DateTime.UtcNow > deadline)
            {
                return lines;
            }

            await Task.Delay(50);
        }
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDatabase)
        {
            await PostgresServer.DropDatabaseAsync(_postgresDatabase!);
        }

        TempPaths.TryDelete(DataPath);
        TempPaths.TryDelete(LogPath);
    }
}
