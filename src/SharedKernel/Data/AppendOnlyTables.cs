using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Makes tables append-only in the database itself, so that no code path — bulk updates, raw SQL —
/// can change or delete a row the platform promised to keep.
/// </summary>
public static class AppendOnlyTables
{
    /// <summary>
    /// The tables among <paramref name="tables"/> that hold rows but lack a protecting trigger: someone dropped it (to
    /// change or delete rows) since the last start. <see cref="ProtectAsync"/> puts it back; the caller says so in the log,
    /// and the chain (<see cref="AuditChain"/>) shows what was changed meanwhile.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UnprotectedAsync(DbContext db, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var unprotected = new List<string>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = db.Database.IsSqlite()
                    ? $"SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('{table}_no_update', '{table}_no_delete')) = 2 OR NOT EXISTS (SELECT 1 FROM \"{table}\")"
                    : $"SELECT (SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relname = '{table}' AND c.relnamespace = current_schema()::regnamespace AND t.tgname IN ('{table}_no_change', '{table}_no_truncate')) = 2 OR NOT EXISTS (SELECT 1 FROM \"{table}\")";
                if (!Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken)))
                {
                    unprotected.Add(table);
                }
            }

            return unprotected;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task ProtectAsync(DbContext db, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        // Table and trigger names come from code, never from input.
#pragma warning disable EF1002, EF1003
        if (db.Database.IsSqlite())
        {
            foreach (var table in tables)
            {
                foreach (var (verb, trigger) in new[] { ("UPDATE", $"{table}_no_update"), ("DELETE", $"{table}_no_delete") })
                {
                    await db.Database.ExecuteSqlRawAsync(
                        $"CREATE TRIGGER IF NOT EXISTS \"{trigger}\" BEFORE {verb} ON \"{table}\" " +
                        $"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;",
                        cancellationToken);
                }
            }
        }
        else if (db.Database.IsNpgsql())
        {
            // The connection is bound to the module's schema: the function and triggers land there.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE OR REPLACE FUNCTION trithuc_refuse_change() RETURNS trigger LANGUAGE plpgsql AS " +
                "$$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;",
                cancellationToken);
            foreach (var table in tables)
            {
                await db.Database.ExecuteSqlRawAsync(
                    $"CREATE OR REPLACE TRIGGER \"{table}_no_change\" BEFORE UPDATE OR DELETE ON \"{table}\" " +
                    "FOR EACH ROW EXECUTE FUNCTION trithuc_refuse_change();" +
                    $"CREATE OR REPLACE TRIGGER \"{table}_no_truncate\" BEFORE TRUNCATE ON \"{table}\" " +
                    "FOR EACH STATEMENT EXECUTE FUNCTION trithuc_refuse_change();",
                    cancellationToken);
            }
        }
#pragma warning restore EF1002, EF1003
    }
}
