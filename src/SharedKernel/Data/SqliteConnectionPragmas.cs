using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Sets the per-connection SQLite options the platform relies on: wait for a lock instead of failing at
/// once (five seconds a try, retried by Microsoft.Data.Sqlite up to <see cref="WriteLockWait"/>), the NORMAL sync level that is safe with write-ahead logging
/// (WAL itself is a property of the file, set when the host migrates it), and the default page cache,
/// which an import enlarges on its connection (<see cref="SqlitePageCache"/>) and which must not stay
/// enlarged on a pooled connection.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const string Sql = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000;";

    /// <summary>
    /// How long a save waits for another writer's lock (a large import holds it for its whole file) before it
    /// is refused as <see cref="DatabaseBusy"/>: Microsoft.Data.Sqlite retries a busy database for the connection's
    /// Default Timeout (30 s unless set), which must end before the GraphQL request deadline (30 s) does, or the
    /// clerk would be told the request ran too long instead of that the database was busy.
    /// </summary>
    public static readonly TimeSpan WriteLockWait = TimeSpan.FromSeconds(20);

    public static SqliteConnectionPragmas Instance { get; } = new();

    /// <summary>The connection string with <see cref="WriteLockWait"/> as its Default Timeout, unless it sets one itself.</summary>
    public static string WithWriteLockWait(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!builder.ShouldSerialize("Default Timeout"))
        {
            builder.DefaultTimeout = (int)WriteLockWait.TotalSeconds;
        }

        return builder.ToString();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
