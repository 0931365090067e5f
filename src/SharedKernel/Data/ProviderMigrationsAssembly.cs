using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Lets one module assembly carry a set of migrations per database provider: those in a namespace
/// ending in <c>.Sqlite</c> (folder <c>Migrations/Sqlite</c>) and those ending in <c>.Postgres</c>
/// (<c>Migrations/Postgres</c>). EF Core sees only the set, and the model snapshot, of the provider the
/// context runs on.
/// </summary>
#pragma warning disable EF1001 // MigrationsAssembly is internal API: the filter needs only its public, virtual members.
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _suffix = "." + NamespaceFor(currentContext.Context.Database.ProviderName);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool? _split;

    public static string NamespaceFor(string? providerName) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
        "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
        _ => throw new NotSupportedException($"No migrations for database provider {providerName}."),
    };

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations.Where(m => IsMine(m.Value)).ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot =>
        _snapshot ??= Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot)) && IsMine(t)
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
            .FirstOrDefault();

    /// <summary>
    /// Whether a migration or snapshot belongs to this provider. A plugin built before migrations were split by
    /// provider keeps its (SQLite) migrations in a namespace with neither suffix: they still serve SQLite.
    /// </summary>
    private bool IsMine(Type type)
    {
        var ns = type.Namespace ?? "";
        if (ns.EndsWith(_suffix, StringComparison.Ordinal))
        {
            return true;
        }

        return _suffix == ".Sqlite" && !ns.EndsWith(".Postgres", StringComparison.Ordinal) && !HasSplitMigrations;
    }

    private bool HasSplitMigrations => _split ??= base.Migrations.Values.Any(m =>
        m.Namespace?.EndsWith(".Sqlite", StringComparison.Ordinal) == true || m.Namespace?.EndsWith(".Postgres", StringComparison.Ordinal) == true);
}
#pragma warning restore EF1001
