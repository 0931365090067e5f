using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// The loop every module's import shares: rows streamed from the file and handed over a chunk at a time,
/// all in one transaction for the whole file, every refusal collected with its row and column, the
/// change tracker emptied after each chunk so memory stays flat however long the file, and a commit only
/// when nothing was refused and it is not a dry run.
/// </summary>
public static class ImportRunner
{
    private const int RowsPerChunk = 1_000;

    /// <summary>Imports a chunk of rows at a time, so that an importer can look up and save a thousand rows in a few statements.</summary>
    /// <param name="headers">The columns the file must and may have; a file without those it must have is refused before any row.</param>
    /// <param name="limits">How big a file may be; null: <see cref="ImportLimits.Default"/>.</param>
    public static async Task<ImportReport> RunInChunksAsync(
        DbContext db, Stream content, string fileName, bool dryRun, ImportHeaders headers, ImportLimits? limits,
        Func<IReadOnlyList<ImportRow>, ImportReport, CancellationToken, Task> importChunk, CancellationToken cancellationToken)
    {
        limits ??= ImportLimits.Default;
        var report = new ImportReport { DryRun = dryRun };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SqlitePageCache.EnlargeAsync(db.Database, cancellationToken);
        await foreach (var chunk in ChunksReadAheadAsync(content, fileName, headers, limits, cancellationToken))
        {
            report.Rows += chunk.Count;
            await importChunk(chunk, report, cancellationToken);
            db.ChangeTracker.Clear();
            report.ProblemsNotListed += FirstInRowOrder(report.Problems, limits.MaxProblems);
            report.WarningsNotListed += FirstInRowOrder(report.Warnings, limits.MaxProblems);
        }

        if (dryRun || report.HasProblems)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return report;
        }

        await transaction.CommitAsync(cancellationToken);
        report.Applied = true;
        return report;
    }

    /// <summary>
    /// The file's rows a chunk at a time, read on another thread while the caller imports the chunk before:
    /// on two cores the reading is then hidden behind the database's work. At most two chunks wait, so memory
    /// stays flat; an unreadable file ends the loop with the reader's error.
    /// </summary>
    private static async IAsyncEnumerable<IReadOnlyList<ImportRow>> ChunksReadAheadAsync(Stream content, string fileName, ImportHeaders headers, ImportLimits limits,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunks = Channel.CreateBounded<IReadOnlyList<ImportRow>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<ImportRow>(RowsPerChunk);
                await foreach (var (row, cells) in SpreadsheetRows.ReadAsync(content, fileName, headers, limits, stop.Token))
                {
                    chunk.Add(new ImportRow(row, cells));
                    if (chunk.Count == RowsPerChunk)
                    {
                        await chunks.Writer.WriteAsync(chunk, stop.Token);
                        chunk = new List<ImportRow>(RowsPerChunk);
                    }
                }

                if (chunk.Count > 0)
                {
                    await chunks.Writer.WriteAsync(chunk, stop.Token);
                }

                chunks.Writer.Complete();
            }
            catch (Exception error)
            {
                chunks.Writer.Complete(error);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                yield return chunk;
            }
        }
        finally
        {
            // The caller stopped early (a failure, a cancelled request): the reader must not outlive the request body.
            await stop.CancelAsync();
            await reading;
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
