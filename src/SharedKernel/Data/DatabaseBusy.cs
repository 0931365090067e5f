using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Recognises a write that gave up waiting for the database's lock: on SQLite, another writer (a large
/// import holds the lock for its whole file) kept it past the wait; on PostgreSQL, a lock timeout. Nothing
/// was saved and trying again shortly will work, so it reaches the user as BUSY, not as a system fault.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5, SqliteLocked = 6;
    private const string PostgresLockNotAvailable = "55P03";

    public static bool Is(Exception exception) => (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        Npgsql.PostgresException postgres => postgres.SqlState == PostgresLockNotAvailable,
        _ => false,
    };

    public const string Message = "Cơ sở dữ liệu đang bận ghi việc khác (thường là một tệp nhập lớn); thay đổi của bạn chưa được lưu. Hãy thử lại sau ít phút.";
}
