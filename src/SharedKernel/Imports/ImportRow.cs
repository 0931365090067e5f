namespace TriThuc.SharedKernel.Imports;

/// <summary>One row of a file: its number as the spreadsheet shows it (the header is row 1) and its cells by header.</summary>
public readonly record struct ImportRow(int Number, IReadOnlyDictionary<string, string?> Cells);
