using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Recognises a write that gave up waiting for a lock another writer kept past the wait
/// (<see cref="SqliteConnectionPragmas.WriteLockWait"/>): on SQLite the database's write lock, on PostgreSQL the
/// module's audit chain (<see cref="AuditChain"/>), which a large import holds for its whole write pass. Nothing of
/// that save was written and trying again shortly works, so it reaches the user as BUSY, not as a system fault.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;

    public static bool Is(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (error is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteBusy }
                or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.LockNotAvailable })
            {
                return true;
            }
        }

        return false;
    }

    public const string Message = "Cơ sở dữ liệu đang bận ghi việc khác (thường là một tệp nhập lớn); thao tác này chưa được lưu. Hãy thử lại sau ít phút.";
}
