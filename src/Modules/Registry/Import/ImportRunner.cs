using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Imports;

namespace TriThuc.Modules.Registry.Import;

/// <summary>What importing one row did.</summary>
public enum RowOutcome
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>A row refused before any rule ran, naming the column at fault.</summary>
public sealed class RowRefusedException(string column, string reason) : Exception(reason)
{
    public string Column { get; } = column;
}

/// <summary>
/// The loop every Registry import shares: rows streamed from the file, each handled in one transaction
/// for the whole file, every refusal collected with its row and column, the change tracker emptied as
/// it goes so memory stays flat, and a commit only when nothing was refused and it is not a dry run.
/// </summary>
public static class ImportRunner
{
    private const int RowsBetweenFlushes = 500;

    public static async Task<ImportReport> RunAsync(
        RegistryDbContext db, Stream content, string fileName, bool dryRun, IReadOnlyDictionary<string, string> columnOfField,
        Func<IReadOnlyDictionary<string, string?>, CancellationToken, Task<RowOutcome>> importRow, CancellationToken cancellationToken,
        Func<int, CancellationToken, Task<IEnumerable<ImportProblem>>>? warningsForRow = null)
    {
        var report = new ImportReport { DryRun = dryRun };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await foreach (var (row, cells) in SpreadsheetRows.ReadAsync(content, fileName, cancellationToken))
        {
            report.Rows++;
            try
            {
                switch (await importRow(cells, cancellationToken))
                {
                    case RowOutcome.Created:
                        report.Created++;
                        if (warningsForRow is not null)
                        {
                            report.Warnings.AddRange(await warningsForRow(row, cancellationToken));
                        }

                        break;
                    case RowOutcome.Updated:
                        report.Updated++;
                        break;
                }
            }
            catch (RowRefusedException refused)
            {
                report.Problems.Add(new ImportProblem(row, refused.Column, refused.Message));
            }
            catch (DomainException error)
            {
                report.Problems.Add(new ImportProblem(row, columnOfField.GetValueOrDefault(error.Field ?? "", error.Field ?? ""), error.Message));
            }

            if (report.Rows % RowsBetweenFlushes == 0)
            {
                db.ChangeTracker.Clear(); // keeps memory flat however long the file
            }
        }

        if (dryRun || report.Problems.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return report;
        }

        await transaction.CommitAsync(cancellationToken);
        report.Applied = true;
        return report;
    }
}
