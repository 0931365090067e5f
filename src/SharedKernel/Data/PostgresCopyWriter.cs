using Npgsql;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Streams rows into one table through PostgreSQL's binary <c>COPY … FROM STDIN</c>: one command for the whole
/// batch instead of a round trip, a parse and a plan per hundred rows. Each value is sent as the column's own
/// type (its store type in the EF Core model, e.g. <c>uuid</c>, <c>date</c>, <c>timestamp with time zone</c>),
/// so it is stored exactly as an INSERT with typed parameters would store it. It runs in the connection's
/// transaction: nothing is visible before the commit, and a refused row (a unique index, a foreign key) fails
/// the whole COPY.
/// </summary>
internal sealed class PostgresCopyWriter : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly string[] _dataTypes;

    private PostgresCopyWriter(NpgsqlBinaryImporter importer, string[] dataTypes) => (_importer, _dataTypes) = (importer, dataTypes);

    /// <summary>Starts a COPY into <paramref name="table"/> (already quoted) of the named columns; <paramref name="dataTypes"/>
    /// are their PostgreSQL types without length or precision, in the same order. <paramref name="timeout"/> bounds each
    /// wait on the server, as a command's timeout does.</summary>
    public static async Task<PostgresCopyWriter> StartAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> quotedColumns,
        IReadOnlyList<string> dataTypes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var command = $"COPY {table} ({string.Join(", ", quotedColumns)}) FROM STDIN (FORMAT BINARY)";
        var importer = await connection.BeginBinaryImportAsync(command, cancellationToken);
        importer.Timeout = timeout;
        return new PostgresCopyWriter(importer, [.. dataTypes]);
    }

    /// <summary>Writes one row: <paramref name="values"/> in the columns' order, null for NULL.</summary>
    public async Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        await _importer.StartRowAsync(cancellationToken);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                await _importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await _importer.WriteAsync(values[i], _dataTypes[i], cancellationToken);
            }
        }
    }

    /// <summary>Ends the COPY; until then nothing is stored, and disposing without completing cancels it.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken) => await _importer.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _importer.DisposeAsync();
}
