using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Data;

public static class ModuleDatabaseServiceCollectionExtensions
{
    /// <summary>Registers a module's DbContext on the database the host assigned to the module.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, ModuleContext module)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
        {
            options.UseModuleDatabase(module.Database);
            if (provider.GetService<IHostEnvironment>()?.IsDevelopment() == true)
            {
                // Loading two collections in one statement multiplies their rows; such a query must say AsSplitQuery (or
                // AsSingleQuery, meant). In development, and so in every query a test runs, it fails; a deployment only logs it.
                options.ConfigureWarnings(warnings => warnings.Throw(RelationalEventId.MultipleCollectionIncludeWarning));
            }

            options.AddInterceptors(new ModuleSaveChangesInterceptor(
                provider.GetRequiredService<IClock>(),
                provider.GetRequiredService<ICurrentUser>(),
                provider.GetRequiredService<IOutboxSignal>(),
                () => provider.GetService<Privacy.IProcessingRestrictions>(),
                provider.GetService<AuditChain>()));
        });
        return services;
    }

    /// <summary>
    /// Points a DbContext at a module's database: SQLite with the platform's pragmas, or PostgreSQL bound to
    /// the module's schema (its tables and its migrations history table live there). Either way, EF Core
    /// sees only the migrations written for that provider (<see cref="ProviderMigrationsAssembly"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseModuleDatabase(this DbContextOptionsBuilder options, ModuleDatabaseSettings database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionPragmas.WithWriteLockWait(database.ConnectionString));
                options.AddInterceptors(SqliteConnectionPragmas.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(database.EffectiveConnectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, database.Schema));
                break;
            default:
                throw new NotSupportedException($"Database provider {database.Provider} is not supported.");
        }

        return options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }
}
