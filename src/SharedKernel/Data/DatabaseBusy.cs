using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Recognises a write on SQLite that gave up waiting for the database's write lock, which another writer
/// kept past the wait (<see cref="SqliteConnectionPragmas.WriteLockWait"/>; a large import holds the lock
/// for its whole file). Nothing of that save was written and trying again shortly works, so it reaches the
/// user as BUSY, not as a system fault. (PostgreSQL locks rows, not the database: an import does not hold
/// up other people's saves there.)
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;

    public static bool Is(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteBusy };

    public const string Message = "Cơ sở dữ liệu đang bận ghi việc khác (thường là một tệp nhập lớn); thao tác này chưa được lưu. Hãy thử lại sau ít phút.";
}
