using Microsoft.EntityFrameworkCore;
using Npgsql;
using TriThuc.Benchmarks.Baseline;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Data;

// dotnet TriThuc.Benchmarks.Baseline.dll --urls http://127.0.0.1:5101 --RegistryDb <data>/registry.db
// dotnet TriThuc.Benchmarks.Baseline.dll --urls http://127.0.0.1:5101 --RegistryPostgres "Host=…;Database=…"
var builder = WebApplication.CreateBuilder(args);
var registryDb = builder.Configuration["RegistryDb"];
var registryPostgres = builder.Configuration["RegistryPostgres"];

builder.Logging.SetMinimumLevel(LogLevel.Warning);
if (!string.IsNullOrEmpty(registryPostgres))
{
    // The Registry's schema, as the host binds it (ModuleDatabaseSettings.EffectiveConnectionString).
    var connection = new NpgsqlConnectionStringBuilder(registryPostgres) { SearchPath = "registry" }.ToString();
    builder.Services.AddDbContext<RegistryDbContext>(options => options.UseNpgsql(connection));
}
else
{
    if (registryDb is null)
    {
        throw new InvalidOperationException("Give the Registry's SQLite file (--RegistryDb <path>) or a PostgreSQL connection string (--RegistryPostgres).");
    }

    if (!File.Exists(registryDb))
    {
        throw new FileNotFoundException("The Registry's SQLite file does not exist.", registryDb);
    }

    // The same connection settings as the host's (SqliteConnectionPragmas), so both read the file alike.
    builder.Services.AddDbContext<RegistryDbContext>(options => options
        .UseSqlite($"Data Source={registryDb}")
        .AddInterceptors(SqliteConnectionPragmas.Instance));
}

var app = builder.Build();
app.MapGet("/b2/intellectuals", IntellectualPageEndpoint.HandleAsync);
app.Run();
