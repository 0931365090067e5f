using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Runs one compiled INSERT per row straight through SQLite's C API, binding each value by position: for
/// a bulk insert, Microsoft.Data.Sqlite's per-execution work (a data reader, each parameter found by name,
/// its value converted again) costs as much as SQLite's own. Values are bound exactly as Microsoft.Data.Sqlite
/// binds them (a Guid as upper-case text, a date as yyyy-MM-dd); <see cref="CanBind"/> says which types it knows.
/// </summary>
internal sealed class SqliteRowWriter : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteRowWriter(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Whether values of this CLR type (after EF Core's value converter) are bound here as Microsoft.Data.Sqlite would.</summary>
    public static bool CanBind(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(string) || t == typeof(bool) || t == typeof(int) || t == typeof(long) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(double) || t == typeof(byte[]));

    /// <summary>Inserts one row: <paramref name="values"/> in the statement's parameter order.</summary>
    public void Insert(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Check(Bind(i + 1, values[i]));
        }

        var done = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
        if (done != raw.SQLITE_DONE)
        {
            throw Error(done);
        }
    }

    private int Bind(int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        Guid id => raw.sqlite3_bind_text(_statement, index, id.ToString().ToUpperInvariant()),
        DateOnly date => raw.sqlite3_bind_text(_statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(_statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => throw new NotSupportedException($"{value.GetType().Name} values are not bound by {nameof(SqliteRowWriter)}."),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Error(result);
        }
    }

    private SqliteException Error(int result) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));

    public void Dispose() => _statement.Dispose();
}
