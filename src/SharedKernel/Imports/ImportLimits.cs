namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// How big a file an import accepts, so that one crafted or careless file cannot take the host's memory or
/// answer with a report larger than the file. The host reads them from <c>TriThuc:Imports</c>.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "TriThuc:Imports";

    public static readonly ImportLimits Default = new();

    /// <summary>Largest file accepted, in bytes (the request body of an upload); nginx's sample site allows the same.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest a workbook may be once unzipped, in bytes: a few hundred kilobytes of .xlsx can unzip to gigabytes.</summary>
    public long MaxUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Longest text in one cell, in characters: Excel's own limit for a cell.</summary>
    public int MaxCellLength { get; set; } = 32_767;

    /// <summary>Most data rows in one file (the header not counted).</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>Most problems (and, separately, warnings) listed in a report; the rest are counted.</summary>
    public int MaxProblems { get; set; } = 1_000;
}
