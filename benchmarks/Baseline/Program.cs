using Microsoft.EntityFrameworkCore;
using TriThuc.Benchmarks.Baseline;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Data;

// dotnet TriThuc.Benchmarks.Baseline.dll --urls http://127.0.0.1:5101 --RegistryDb <data>/registry.db
var builder = WebApplication.CreateBuilder(args);
var registryDb = builder.Configuration["RegistryDb"] ?? throw new InvalidOperationException("Give the Registry's SQLite file: --RegistryDb <path>.");
if (!File.Exists(registryDb))
{
    throw new FileNotFoundException("The Registry's SQLite file does not exist.", registryDb);
}

builder.Logging.SetMinimumLevel(LogLevel.Warning);
// The same connection settings as the host's (SqliteConnectionPragmas), so both read the file alike.
builder.Services.AddDbContext<RegistryDbContext>(options => options
    .UseSqlite($"Data Source={registryDb}")
    .AddInterceptors(SqliteConnectionPragmas.Instance));

var app = builder.Build();
app.MapGet("/b2/intellectuals", IntellectualPageEndpoint.HandleAsync);
app.Run();
