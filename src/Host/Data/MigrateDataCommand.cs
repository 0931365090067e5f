using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace TriThuc.Host.Data;

/// <summary>
/// <c>dotnet run --project src/Host -- migrate-data --to postgres --target "Host=…;Database=…" [--overwrite]</c>:
/// copies a SQLite deployment (the host's configuration as it stands: data folder, plugins) into a PostgreSQL
/// database, one schema per module, then checks every table's row count and checksum on both sides. A target
/// that already holds data is refused unless <c>--overwrite</c> is given, which drops and rebuilds its schemas.
/// Exit code 0 when every table matches, 1 on a mismatch or failure, 2 for a usage error, 3 for a non-empty target.
/// </summary>
internal static class MigrateDataCommand
{
    public const string Name = "migrate-data";

    private sealed record Database(string Name, Type ContextType, ModuleDatabaseSettings Source, IReadOnlyList<string> AppendOnly);

    public static async Task<int> RunAsync(string[] args)
    {
        string? to = null, target = null;
        var overwrite = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Length:
                    to = args[++i];
                    break;
                case "--target" when i + 1 < args.Length:
                    target = args[++i];
                    break;
                case "--overwrite":
                    overwrite = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (!string.Equals(to, "postgres", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(target))
        {
            Console.Error.WriteLine("usage: migrate-data --to postgres --target \"Host=…;Database=…;Username=…;Password=…\" [--overwrite]");
            return 2;
        }

        try
        {
            await using var app = PlatformApplication.Build([.. rest, "--TriThuc:Database:MigrateAtStartup=true", "--TriThuc:Plugins:OnLoadFailure=Stop",
                "--TriThuc:Outbox:Enabled=false", "--TriThuc:Modules:Registry:DemoData:Enabled=false"]);
            var databases = DatabasesOf(app);
            if (databases.FirstOrDefault(d => d.Source.Provider != DatabaseProvider.Sqlite) is { } notSqlite)
            {
                // Checked before anything is migrated: a configuration already on PostgreSQL is left untouched.
                Console.Error.WriteLine($"The source must be SQLite; {notSqlite.Name} is on {notSqlite.Source.Describe()}.");
                return 2;
            }

            await PlatformApplication.InitializeAsync(app);
            if (!overwrite && await NonEmptyTablesAsync(databases, target) is { Count: > 0 } taken)
            {
                Console.Error.WriteLine($"The target already holds data ({string.Join(", ", taken)}); nothing was copied. Add --overwrite to replace it.");
                return 3;
            }

            var mismatches = 0;
            foreach (var database in databases)
            {
                mismatches += await MoveAsync(app.Services, database, target, overwrite);
            }

            Console.WriteLine(mismatches == 0 ? "Every table matches: same rows, same checksum." : $"{mismatches} table(s) differ.");
            return mismatches == 0 ? 0 : 1;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"Copy failed: {ex.GetBaseException().Message}");
            return 1;
        }
    }

    private static List<Database> DatabasesOf(WebApplication app)
    {
        var list = new List<Database>
        {
            new(DatabaseLocator.PlatformSchema, typeof(PlatformDbContext), app.Services.GetRequiredService<PlatformDatabase>().Settings, PlatformDbContext.AppendOnlyTables),
        };
        list.AddRange(app.Services.GetRequiredService<ModuleCatalog>().Modules
            .Where(m => m.Definition.DbContextType is not null)
            .Select(m => new Database(m.Name.ToLowerInvariant(), m.Definition.DbContextType!, m.Context.Database, ModuleDbContext.AppendOnlyTables)));
        return list;
    }

    private static async Task<List<string>> NonEmptyTablesAsync(IEnumerable<Database> databases, string target)
    {
        var taken = new List<string>();
        foreach (var database in databases)
        {
            await using var db = Open(database.ContextType, new ModuleDatabaseSettings(DatabaseProvider.Postgres, target, database.Name));
            if (!(await db.Database.GetAppliedMigrationsAsync()).Any())
            {
                continue;
            }

            foreach (var entity in TableCopier.InDependencyOrder(db.Model))
            {
                var rows = await TableCopier.Rows(db, entity).CountAsync();
                if (rows > SeedRows(db, entity))
                {
                    taken.Add($"{database.Name}.{entity.GetTableName()}: {rows}");
                }
            }
        }

        return taken;
    }

    private static async Task<int> MoveAsync(IServiceProvider services, Database database, string target, bool overwrite)
    {
        var targetSettings = new ModuleDatabaseSettings(DatabaseProvider.Postgres, target, database.Name);
        await using var scope = services.CreateAsyncScope();
        var source = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        await using var destination = Open(database.ContextType, targetSettings);
        if (overwrite)
        {
#pragma warning disable EF1002 // The schema name is the module's name, from code.
            await destination.Database.ExecuteSqlRawAsync($"DROP SCHEMA IF EXISTS \"{database.Name}\" CASCADE");
#pragma warning restore EF1002
        }

        await DatabasePreparation.PrepareAsync(destination, targetSettings, database.AppendOnly, migrate: true, CancellationToken.None);

        var mismatches = 0;
        foreach (var entity in TableCopier.InDependencyOrder(source.Model))
        {
            if (SeedRows(destination, entity) > 0)
            {
                // Reference rows the migrations seeded: the source's own (possibly edited) rows replace them.
                await TableCopier.DeleteAllAsync(destination, entity);
            }

            await TableCopier.CopyAsync(source, destination, entity, CancellationToken.None);
            var before = await TableChecksum.ComputeAsync(source, entity, CancellationToken.None);
            var after = await TableChecksum.ComputeAsync(destination, entity, CancellationToken.None);
            var matches = before == after;
            mismatches += matches ? 0 : 1;
            Console.WriteLine($"{database.Name}.{entity.GetTableName(),-28} {before.Rows,9} → {after.Rows,9}  {(matches ? "ok " + after.Sha256[..12] : "MISMATCH")}");
        }

        return mismatches;
    }

    /// <summary>How many reference rows the migrations seed into a table (seed data lives in the design-time model only).</summary>
    private static int SeedRows(DbContext db, IEntityType entity) =>
        db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.FindEntityType(entity.Name)?.GetSeedData().Count() ?? 0;

    /// <summary>A DbContext of the given type on the given database, without the platform's save interceptors: rows are copied as they are.</summary>
    private static DbContext Open(Type contextType, ModuleDatabaseSettings settings)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        return (DbContext)Activator.CreateInstance(contextType, builder.UseModuleDatabase(settings).Options)!;
    }
}
