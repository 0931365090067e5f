namespace TriThuc.Host.Modules;

/// <summary>Creates and migrates every module's database at start-up (or checks it is up to date); SQLite files are switched to write-ahead logging.</summary>
internal sealed class ModuleDatabaseInitializer(
    ModuleCatalog catalog, IServiceScopeFactory scopes, IOptions<PlatformOptions> options, ILogger<ModuleDatabaseInitializer> logger)
{
    public async Task InitializeAsync(Action<LoadedModule, ModuleLoadException> reportFailure, CancellationToken cancellationToken)
    {
        foreach (var module in catalog.Modules.Where(m => m.Definition.DbContextType is not null).ToList())
        {
            if (!catalog.IsRunning(module.Name))
            {
                continue; // skipped with a module it depends on, which failed first: no database is made for it
            }

            try
            {
                await MigrateAsync(module, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                reportFailure(module, new ModuleLoadException(module.Name, $"while migrating its database ({module.Context.Database.Describe()}): {ex.Message}", ex));
            }
        }
    }

    private async Task MigrateAsync(LoadedModule module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
        await DatabasePreparation.PrepareAsync(db, module.Context.Database, ModuleDbContext.AppendOnlyTables, options.Value.Database.MigrateAtStartup, cancellationToken, logger);

        logger.LogDebug("Database of module {ModuleName} is up to date", module.Name);
    }
}
