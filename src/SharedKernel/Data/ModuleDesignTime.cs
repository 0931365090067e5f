using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Modules;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Options for a module's design-time DbContext factory, so that `dotnet ef migrations add` writes the
/// migrations of either provider: pass <c>-- --provider Postgres</c> after the ef arguments (SQLite by default).
/// Nothing is connected to at design time.
/// </summary>
public static class ModuleDesignTime
{
    public static DbContextOptions<TContext> Options<TContext>(string[] args, string schema)
        where TContext : DbContext
    {
        var provider = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() is { } name
            ? Enum.Parse<DatabaseProvider>(name, ignoreCase: true)
            : DatabaseProvider.Sqlite;
        var settings = provider == DatabaseProvider.Postgres
            ? new ModuleDatabaseSettings(provider, "Host=localhost;Database=design-time", schema)
            : new ModuleDatabaseSettings(provider, "Data Source=design-time.db");
        return (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UseModuleDatabase(settings).Options;
    }
}
