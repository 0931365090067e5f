using System.Text;
using MiniExcelLibs;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Reads a CSV (RFC 4180, UTF-8) or .xlsx file row by row, as column header → text, without loading
/// the file into memory. Row numbers are those a spreadsheet shows: the header is row 1.
/// </summary>
public static class SpreadsheetRows
{
    public static IAsyncEnumerable<(int Row, IReadOnlyDictionary<string, string?> Cells)> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsvAsync(content, cancellationToken),
            ".xlsx" => ReadXlsx(content).ToAsyncEnumerable(),
            _ => throw Errors.DomainException.Validation("file", "Chỉ nhận tệp .csv hoặc .xlsx."),
        };

    private static IEnumerable<(int, IReadOnlyDictionary<string, string?>)> ReadXlsx(Stream content)
    {
        var row = 1;
        using var rows = Unreadable.Guard(() => content.Query(useHeaderRow: true).GetEnumerator());
        while (Unreadable.Guard(rows.MoveNext))
        {
            var cells = (IDictionary<string, object?>)rows.Current;
            row++;
            var texts = cells.ToDictionary(c => c.Key.Trim(), c => Text(c.Value), StringComparer.OrdinalIgnoreCase);
            if (texts.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return (row, texts);
        }
    }

    /// <summary>A workbook that is not one (a damaged download, another file renamed .xlsx) is the clerk's to fix, not a server error.</summary>
    private static class Unreadable
    {
        public static T Guard<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (Exception error) when (error is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
            {
                throw Errors.DomainException.Validation("file",
                    "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel; hãy mở tệp bằng Excel rồi lưu lại, hoặc lưu thành .csv và gửi lại.");
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        double number when number == Math.Floor(number) => ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static async IAsyncEnumerable<(int, IReadOnlyDictionary<string, string?>)> ReadCsvAsync(Stream content,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string[]? headers = null;
        var separator = ',';
        var row = 0;
        while (await ReadRecordAsync(reader, separator, cancellationToken) is { } fields)
        {
            row++;
            if (headers is null)
            {
                // Excel saves "CSV" with semicolons where the decimal mark is a comma, as in Vietnamese settings.
                if (fields.Count == 1 && fields[0].Contains(';'))
                {
                    separator = ';';
                    fields = [.. fields[0].Split(';')];
                }

                headers = fields.Select(f => f.Trim()).ToArray();
                continue;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var cells = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Length; i++)
            {
                cells[headers[i]] = i < fields.Count ? fields[i] : null;
            }

            yield return (row, cells);
        }
    }

    /// <summary>One record; quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static async Task<List<string>?> ReadRecordAsync(StreamReader reader, char separator, CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == separator)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (!quoted)
            {
                break;
            }

            var next = await reader.ReadLineAsync(cancellationToken);
            if (next is null)
            {
                break;
            }

            field.Append('\n');
            line = next;
        }

        fields.Add(field.ToString());
        return fields;
    }
}
