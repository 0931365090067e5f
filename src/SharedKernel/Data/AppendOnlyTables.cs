using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Makes tables append-only in the database itself, so that no code path — bulk updates, raw SQL —
/// can change or delete a row the platform promised to keep.
/// </summary>
public static class AppendOnlyTables
{
    public static async Task ProtectAsync(DbContext db, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        foreach (var table in tables)
        {
            foreach (var (verb, trigger) in new[] { ("UPDATE", $"{table}_no_update"), ("DELETE", $"{table}_no_delete") })
            {
                // Table and trigger names come from code, never from input.
#pragma warning disable EF1002, EF1003
                await db.Database.ExecuteSqlRawAsync(
                    $"CREATE TRIGGER IF NOT EXISTS \"{trigger}\" BEFORE {verb} ON \"{table}\" " +
                    $"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;",
                    cancellationToken);
#pragma warning restore EF1002, EF1003
            }
        }
    }
}
