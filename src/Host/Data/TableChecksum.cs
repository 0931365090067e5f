using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TriThuc.Host.Data;

/// <summary>
/// A table's content as a number of rows and a SHA-256 checksum, the same for the same rows on SQLite and
/// PostgreSQL: every mapped value is written in an invariant form (times in UTC to the microsecond, which is
/// what PostgreSQL keeps; decimals without trailing zeros), each row is hashed, and the sorted row hashes are
/// hashed again, so that the order rows come back in does not matter.
/// </summary>
internal sealed record TableChecksum(long Rows, string Sha256)
{
    public static async Task<TableChecksum> ComputeAsync(DbContext db, IEntityType entity, CancellationToken cancellationToken)
    {
        var rowHashes = new List<string>();
        await foreach (var row in TableCopier.Rows(db, entity).WithCancellation(cancellationToken))
        {
            var text = new StringBuilder();
            Append(text, entity, row);
            rowHashes.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
        }

        rowHashes.Sort(StringComparer.Ordinal);
        var all = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(string.Concat(rowHashes))));
        return new TableChecksum(rowHashes.Count, all);
    }

    /// <summary>Every mapped value of a row, owned values (stored in the same table) included.</summary>
    private static void Append(StringBuilder text, IEntityType entity, object row)
    {
        foreach (var property in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=').Append(Invariant(property.GetGetter().GetClrValue(row))).Append('\u001f');
        }

        foreach (var owned in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            text.Append(owned.Name).Append('{');
            if (owned.GetGetter().GetClrValue(row) is { } value)
            {
                Append(text, owned.TargetEntityType, value);
            }

            text.Append('}');
        }
    }

    private static string Invariant(object? value) => value switch
    {
        null => "∅",
        DateTimeOffset time => (time.UtcTicks / 10 * 10).ToString(CultureInfo.InvariantCulture),
        DateTime time => (time.ToUniversalTime().Ticks / 10 * 10).ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
