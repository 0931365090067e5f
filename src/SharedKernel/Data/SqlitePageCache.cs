using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// A larger SQLite page cache for a connection about to write tens of thousands of rows: with the default
/// 2 MB, the pages of a large table's indexes are evicted and re-read between rows, which nearly doubled
/// the time of a 100,000-row import (measured: 19 s against 11 s with 64 MB). It lasts until the connection
/// is next opened from the pool, when <see cref="SqliteConnectionPragmas"/> sets the default again.
/// Nothing on PostgreSQL.
/// </summary>
public static class SqlitePageCache
{
    public static async Task EnlargeAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken); // 64 MB, in KiB
        }
    }
}
