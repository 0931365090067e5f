namespace TriThuc.Host.Configuration;

/// <summary>The host's settings, from the "TriThuc" section of configuration (appsettings.json, environment, command line).</summary>
public sealed class PlatformOptions
{
    public const string Section = "TriThuc";

    /// <summary>The province's name, shown to users. Configuration, not code: provinces merge and are renamed.</summary>
    public string ProvinceName { get; set; } = "Tuyên Quang";

    /// <summary>Folder of the embedded SQLite files, relative to the content root unless absolute.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Which database the platform runs on; per-module overrides are under <see cref="Modules"/>.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// The host's own database (access log, reviews): by default the SQLite file platform.db in the data folder, or,
    /// on PostgreSQL, the schema "platform" of the platform's database.
    /// </summary>
    public string? PlatformDatabase { get; set; }

    public PluginOptions Plugins { get; set; } = new();

    /// <summary>Per-module settings, keyed by module name.</summary>
    public Dictionary<string, ModuleOptions> Modules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public GraphQLEndpointOptions GraphQL { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    public CorsOptions Cors { get; set; } = new();

    public WebOptions Web { get; set; } = new();

    public BearerTokenOptions Authentication { get; set; } = new();

    public IndicatorOptions Indicators { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();

    public AuditOptions Audit { get; set; } = new();

    /// <summary>Requests per caller (<c>TriThuc:RateLimits</c>).</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>How big a file an import accepts (<c>TriThuc:Imports</c>).</summary>
    public SharedKernel.Imports.ImportLimits Imports { get; set; } = new();

    /// <summary>The group size under which a share is personal data (<c>TriThuc:SmallGroups</c>).</summary>
    public SharedKernel.Privacy.SmallGroupRule SmallGroups { get; set; } = new();

    public ModuleOptions ModuleSettings(string moduleName) =>
        Modules.TryGetValue(moduleName, out var settings) ? settings : new ModuleOptions();
}
