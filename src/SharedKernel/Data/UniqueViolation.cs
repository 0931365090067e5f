using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Recognises a save refused by a unique index (the same code entered twice at the same moment, a record
/// created twice by a double click), on SQLite and PostgreSQL alike, so that it reaches the user as a
/// CONFLICT they can act on rather than as a system fault.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19, SqliteUnique = 2067, SqlitePrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: var inner } && inner switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        Npgsql.PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
