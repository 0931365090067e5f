namespace TriThuc.SharedKernel.Exports;

/// <summary>Text for exported spreadsheet cells.</summary>
public static class SpreadsheetText
{
    /// <summary>A cell starting with =, +, - or @ would run as a formula when the file is opened in Excel; a leading ' keeps it text.</summary>
    public static string? NotAFormula(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
}
