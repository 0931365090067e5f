using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Imports;

/// <summary>Which of an import's two passes over the file a chunk belongs to (see <see cref="ImportRunner"/>).</summary>
public enum ImportPass
{
    /// <summary>Every row read and checked, likely duplicates sought, nothing written: what a dry run answers.</summary>
    Check,

    /// <summary>The file again, in one transaction, to write it: only when the check found nothing to refuse.</summary>
    Write,
}

/// <summary>
/// The loop every module's import shares, in two passes over the file. The check pass reads every row a chunk at
/// a time, runs the rules and seeks likely duplicates, and writes nothing, so it takes no write lock: on SQLite a
/// save by anyone else goes through while a large file is checked (a dry run is only this pass). When no row is
/// refused and it is not a dry run, the write pass writes the file in one transaction. When the importer kept what the
/// check would write (<see cref="IPreparedWrites"/>) and judges that nothing the check relied on changed since it began
/// (from the records the module's audit trail names as changed meanwhile), it writes that as it is, so the write lock is
/// held only to write. Otherwise it reads the file again and checks each chunk as it writes it, skipping the duplicate
/// search (its warnings are the check's); it is then the authority, so a row the database refuses now (another clerk
/// saved meanwhile) still fails the whole file. The change tracker is emptied after each chunk so memory stays flat
/// however long the file.
/// </summary>
public static class ImportRunner
{
    /// <summary>How many rows a chunk holds: an importer sees the file this many rows at a time.</summary>
    public const int RowsPerChunk = 1_000;

    /// <summary>
    /// Test seam: awaited after each chunk with the file name, the pass and the chunk's number (from 1), so that a
    /// test can hold an import in one pass and see what other requests can do meanwhile. Null in production.
    /// </summary>
    public static Func<string, ImportPass, int, Task>? AfterChunk { get; set; }

    private static readonly AsyncLocal<bool> Checking = new();

    /// <summary>
    /// Whether the caller runs inside an import's check pass, which must write nothing: saves and bulk inserts
    /// refuse to (<see cref="RefuseWriteWhileChecking"/>), so an importer that forgets the pass fails loudly instead of taking the write lock.
    /// </summary>
    public static bool IsChecking => Checking.Value;

    public static void RefuseWriteWhileChecking()
    {
        if (Checking.Value)
        {
            throw new InvalidOperationException("An import's check pass must write nothing; write only when the pass is ImportPass.Write.");
        }
    }

    /// <summary>Imports a chunk of rows at a time, so that an importer can look up and save a thousand rows in a few statements.</summary>
    /// <param name="headers">The columns the file must and may have; a file without those it must have is refused before any row.</param>
    /// <param name="limits">How big a file may be; null: <see cref="ImportLimits.Default"/>.</param>
    /// <param name="importChunk">
    /// Checks a chunk and, in <see cref="ImportPass.Write"/>, writes it. In <see cref="ImportPass.Check"/> it must write
    /// nothing and remember what later rows of the file need to know about earlier ones (keys claimed, records it would create).
    /// </param>
    public static Task<ImportReport> RunInChunksAsync(
        DbContext db, Stream content, string fileName, bool dryRun, ImportHeaders headers, ImportLimits? limits,
        Func<IReadOnlyList<ImportRow>, ImportReport, ImportPass, CancellationToken, Task> importChunk, CancellationToken cancellationToken) =>
        RunInChunksAsync(db, content, fileName, dryRun, headers, limits, importChunk, prepared: null, cancellationToken);

    /// <inheritdoc cref="RunInChunksAsync(DbContext, Stream, string, bool, ImportHeaders, ImportLimits?, Func{IReadOnlyList{ImportRow}, ImportReport, ImportPass, CancellationToken, Task}, CancellationToken)"/>
    /// <param name="prepared">What <paramref name="importChunk"/> keeps in the check pass for the write pass to write as it is, when nothing it relied on changed meanwhile.</param>
    public static async Task<ImportReport> RunInChunksAsync(
        DbContext db, Stream content, string fileName, bool dryRun, ImportHeaders headers, ImportLimits? limits,
        Func<IReadOnlyList<ImportRow>, ImportReport, ImportPass, CancellationToken, Task> importChunk, IPreparedWrites? prepared,
        CancellationToken cancellationToken)
    {
        limits ??= ImportLimits.Default;
        await using var spooled = content.CanSeek || dryRun ? null : await SpoolAsync(content, cancellationToken);
        var file = spooled ?? content;

        // One connection for both passes: what the check keeps for the write pass may be attached to it (SqliteStaging's database).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await CheckThenWriteAsync(db, file, fileName, dryRun, headers, limits, importChunk, prepared, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            try
            {
                if (prepared is not null)
                {
                    await prepared.DisposeAsync();
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<ImportReport> CheckThenWriteAsync(
        DbContext db, Stream file, string fileName, bool dryRun, ImportHeaders headers, ImportLimits limits,
        Func<IReadOnlyList<ImportRow>, ImportReport, ImportPass, CancellationToken, Task> importChunk, IPreparedWrites? prepared,
        CancellationToken cancellationToken)
    {
        var check = new ImportReport { DryRun = dryRun };
        var start = file.CanSeek ? file.Position : 0;
        var checkStarted = Stopwatch.GetTimestamp();
        await SqlitePageCache.EnlargeAsync(db.Database, cancellationToken);
        var checkBegan = await ModuleChanges.MarkAsync(db, cancellationToken);
        Checking.Value = true;
        try
        {
            await RunPassAsync(db, file, fileName, headers, limits, ImportPass.Check, check, importChunk, cancellationToken);
        }
        finally
        {
            Checking.Value = false;
            db.ChangeTracker.Clear();
        }

        if (dryRun || check.HasProblems)
        {
            return check;
        }

        if (prepared is not null)
        {
            await prepared.ReadyAsync(cancellationToken);
        }

        var checkTook = Stopwatch.GetElapsedTime(checkStarted);
        var writeStarted = Stopwatch.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Held from the start, as SQLite's BEGIN IMMEDIATE already does: an import that took PostgreSQL's chain lock only
        // at its first audit entry, after writing rows, could deadlock with one holding it and writing the same keys.
        await AuditChain.HoldAsync(db, cancellationToken);
        var log = db.GetService<ILoggerFactory>().CreateLogger(typeof(ImportRunner));
        if (prepared is { IsComplete: true })
        {
            var changedMeanwhile = await ModuleChanges.SinceAsync(db, checkBegan, cancellationToken);
            if (await prepared.StillHoldsAfterAsync(changedMeanwhile, cancellationToken))
            {
                log.LogInformation("Import of {File}: nothing it relied on changed since its check began ({Changes} changes to other records meanwhile), so its {Rows} rows are written as checked",
                    fileName, changedMeanwhile.Count, check.Rows);
                await foreach (var chunk in prepared.WriteAsync(cancellationToken))
                {
                    await ChunkDoneAsync(db, fileName, ImportPass.Write, chunk);
                }

                await CommitAsync(transaction, log, fileName, check.Rows, checkTook, writeStarted, cancellationToken);
                check.Applied = true;
                return check;
            }

            log.LogInformation("Import of {File}: records it relied on changed while it was checked ({Changes} changes), so the file is checked again as it is written",
                fileName, changedMeanwhile.Count);
        }

        file.Position = start;
        var write = new ImportReport { DryRun = false };
        await RunPassAsync(db, file, fileName, headers, limits, ImportPass.Write, write, importChunk, cancellationToken);
        write.Warnings.AddRange(check.Warnings);
        write.WarningsNotListed = check.WarningsNotListed;
        if (write.HasProblems)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return write;
        }

        await CommitAsync(transaction, log, fileName, write.Rows, checkTook, writeStarted, cancellationToken);
        write.Applied = true;
        return write;
    }

    /// <summary>Commits the write pass and says how long each pass took: the write pass, commit included, is how long other writers waited.</summary>
    private static async Task CommitAsync(IDbContextTransaction transaction, ILogger log, string fileName, int rows, TimeSpan checkTook, long writeStarted,
        CancellationToken cancellationToken)
    {
        var commitStarted = Stopwatch.GetTimestamp();
        await transaction.CommitAsync(cancellationToken);
        log.LogInformation("Import of {File}: {Rows} rows checked in {CheckSeconds:0.00} s and written in {WriteSeconds:0.00} s, the commit {CommitSeconds:0.00} s of it",
            fileName, rows, checkTook.TotalSeconds, Stopwatch.GetElapsedTime(writeStarted).TotalSeconds, Stopwatch.GetElapsedTime(commitStarted).TotalSeconds);
    }

    private static async Task RunPassAsync(
        DbContext db, Stream content, string fileName, ImportHeaders headers, ImportLimits limits, ImportPass pass, ImportReport report,
        Func<IReadOnlyList<ImportRow>, ImportReport, ImportPass, CancellationToken, Task> importChunk, CancellationToken cancellationToken)
    {
        var chunks = 0;
        await foreach (var chunk in ChunksReadAheadAsync(content, fileName, headers, limits, cancellationToken))
        {
            report.Rows += chunk.Count;
            await importChunk(chunk, report, pass, cancellationToken);
            report.ProblemsNotListed += FirstInRowOrder(report.Problems, limits.MaxProblems);
            report.WarningsNotListed += FirstInRowOrder(report.Warnings, limits.MaxProblems);
            await ChunkDoneAsync(db, fileName, pass, ++chunks);
        }
    }

    /// <summary>Empties the change tracker after a chunk, so memory stays flat, and lets a test hold the import there.</summary>
    private static async Task ChunkDoneAsync(DbContext db, string fileName, ImportPass pass, int chunk)
    {
        db.ChangeTracker.Clear();
        if (AfterChunk is { } hook)
        {
            await hook(fileName, pass, chunk);
        }
    }

    /// <summary>A file that cannot be read twice (a stream from the network) is copied to a temporary file, deleted when closed.</summary>
    private static async Task<Stream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var copy = PrivateTempFile.Create();
        await content.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    /// <summary>The file's rows a chunk at a time, read on another thread while the caller imports the chunk before; at most two chunks wait.</summary>
    private static IAsyncEnumerable<IReadOnlyList<ImportRow>> ChunksReadAheadAsync(Stream content, string fileName, ImportHeaders headers, ImportLimits limits,
        CancellationToken cancellationToken) =>
        ReadAhead.Of(ChunksAsync(content, fileName, headers, limits, cancellationToken), capacity: 2, cancellationToken);

    private static async IAsyncEnumerable<IReadOnlyList<ImportRow>> ChunksAsync(Stream content, string fileName, ImportHeaders headers, ImportLimits limits,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<ImportRow>(RowsPerChunk);
        await foreach (var (row, cells) in SpreadsheetRows.ReadAsync(content, fileName, headers, limits, cancellationToken))
        {
            chunk.Add(new ImportRow(row, cells));
            if (chunk.Count == RowsPerChunk)
            {
                yield return chunk;
                chunk = new List<ImportRow>(RowsPerChunk);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>
    /// A chunk checks its rows in stages, so its problems are found out of order; the clerk reads them by row. Only the
    /// first <paramref name="max"/> are kept, so that a file of a million bad rows answers with a report of a few
    /// hundred kilobytes, not a hundred megabytes; returns how many were dropped.
    /// </summary>
    private static int FirstInRowOrder(List<ImportProblem> problems, int max)
    {
        var ordered = problems.OrderBy(p => p.Row).ToList();
        problems.Clear();
        problems.AddRange(ordered.Take(max));
        return ordered.Count - problems.Count;
    }

    /// <summary>The problem to report for a row refused by <paramref name="error"/>, naming the column; null for an error that is not a refusal.</summary>
    public static ImportProblem? Refusal(int row, Exception error, IReadOnlyDictionary<string, string> columnOfField) => error switch
    {
        RowRefusedException refused => new ImportProblem(row, refused.Column, refused.Message),
        DomainException domain => new ImportProblem(row, columnOfField.GetValueOrDefault(domain.Field ?? "", domain.Field ?? ""), domain.Message),
        _ => null,
    };
}
