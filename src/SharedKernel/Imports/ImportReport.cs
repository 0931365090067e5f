namespace TriThuc.SharedKernel.Imports;

/// <summary>What an import did or, in a dry run, would do: every bad row with its number, column and reason.</summary>
public sealed class ImportReport
{
    public bool DryRun { get; init; }

    /// <summary>Whether the file's changes were saved: only when it is not a dry run and no row was refused (all or nothing).</summary>
    public bool Applied { get; set; }

    public int Rows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    /// <summary>The refused rows, the first ones by row number up to the limit (<see cref="ImportLimits.MaxProblems"/>).</summary>
    public List<ImportProblem> Problems { get; } = [];

    /// <summary>How many more problems the file has than <see cref="Problems"/> lists: fix those listed, then send the file again.</summary>
    public int ProblemsNotListed { get; set; }

    /// <summary>Rows that were accepted but deserve a second look, e.g. a likely duplicate of a record on file.</summary>
    public List<ImportProblem> Warnings { get; } = [];

    /// <summary>How many more warnings the file has than <see cref="Warnings"/> lists.</summary>
    public int WarningsNotListed { get; set; }

    /// <summary>Whether the file has problems, listed or not: then nothing is saved.</summary>
    public bool HasProblems => Problems.Count > 0 || ProblemsNotListed > 0;
}

/// <summary>One refused row: its number as the clerk sees it in the spreadsheet (the header is row 1), the column, and why.</summary>
public sealed record ImportProblem(int Row, string Column, string Reason);
