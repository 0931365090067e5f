using System.Data;
using System.Text;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace TriThuc.SharedKernel.Exports;

/// <summary>
/// Writes a list as a download, in CSV (UTF-8 with a byte-order mark, so that Excel shows Vietnamese as it is) or
/// in .xlsx, under Vietnamese headers. Every cell passes <see cref="SpreadsheetText.NotAFormula"/>. CSV rows are
/// streamed as they are read; an .xlsx workbook is built in a temporary file first (MiniExcel writes synchronously).
/// </summary>
public static class SpreadsheetResponse
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <remarks>
    /// The first row is asked for before anything is written: a list refused (a filter the caller may not use) is then
    /// answered with its error and status, not a 200 cut short. A failure after rows have left aborts the connection,
    /// so that a client never takes a file cut mid-way for a whole one.
    /// </remarks>
    public static async Task WriteCsvAsync(HttpContext http, string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows)
    {
        await using var row = rows.GetAsyncEnumerator(http.RequestAborted);
        var any = await row.MoveNextAsync();
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(CsvLine.Format(headers));
        while (any)
        {
            await writer.WriteAsync(CsvLine.Format(Array.ConvertAll(row.Current, SpreadsheetText.NotAFormula)));
            any = await row.MoveNextAsync();
        }
    }

    public static async Task WriteXlsxAsync(HttpContext http, string fileName, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows)
    {
        // A table rather than a list of rows, so that an empty list (a template) still has its headers.
        using var table = new DataTable(sheetName);
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        await foreach (var row in rows.WithCancellation(http.RequestAborted))
        {
            table.Rows.Add(Array.ConvertAll(row, cell => (object?)SpreadsheetText.NotAFormula(cell) ?? DBNull.Value));
        }

        var file = Path.GetTempFileName();
        try
        {
            await using (var stream = File.Create(file))
            {
                await stream.SaveAsAsync(table, sheetName: sheetName, cancellationToken: http.RequestAborted);
            }

            http.Response.ContentType = XlsxContentType;
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await using var read = File.OpenRead(file);
            await read.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
