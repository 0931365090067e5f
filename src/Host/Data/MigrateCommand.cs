namespace TriThuc.Host.Data;

/// <summary>
/// <c>dotnet run --project src/Host -- migrate [--TriThuc:...]</c>: brings the host's database and every
/// module's up to date, prints where each lives, and exits. Run it once per release when several hosts share
/// a database and start with <c>TriThuc:Database:MigrateAtStartup=false</c>. Exit code 0, or 1 on failure.
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var app = PlatformApplication.Build([.. args, "--TriThuc:Database:MigrateAtStartup=true", "--TriThuc:Plugins:OnLoadFailure=Stop"]);
            await PlatformApplication.InitializeAsync(app);
            Console.WriteLine($"Platform: {app.Services.GetRequiredService<PlatformDatabase>().Settings.Describe()}");
            foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules.Where(m => m.Definition.DbContextType is not null))
            {
                Console.WriteLine($"{module.Name}: {module.Context.Database.Describe()}");
            }

            Console.WriteLine("Every database is up to date.");
            return 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"Migration failed: {ex.Message}");
            return 1;
        }
    }
}
