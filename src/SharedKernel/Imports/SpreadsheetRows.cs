using System.Text;
using MiniExcelLibs;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Reads a CSV or .xlsx file row by row, as column header → text, without loading the file into memory. Row numbers
/// are those a spreadsheet shows: the header is row 1. The file is checked first against the <see cref="ImportLimits"/>
/// and its header row against the <see cref="ImportHeaders"/> the importer expects; a file that fails either is
/// refused as a whole (<see cref="DomainException"/>, code VALIDATION, field "file"), before any of its rows is read.
/// </summary>
public static class SpreadsheetRows
{
    public static IAsyncEnumerable<(int Row, IReadOnlyDictionary<string, string?> Cells)> ReadAsync(
        Stream content, string fileName, ImportHeaders? headers, ImportLimits limits, CancellationToken cancellationToken) =>
        Rows(Records(content, fileName, limits, cancellationToken), headers, limits).ToAsyncEnumerable();

    private static IEnumerable<IReadOnlyList<string?>> Records(Stream content, string fileName, ImportLimits limits, CancellationToken cancellationToken)
    {
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".csv":
                var encoding = CsvEncoding.Detect(content);
                using (var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true))
                {
                    foreach (var record in CsvRecords.Read(reader, limits, cancellationToken))
                    {
                        yield return record;
                    }
                }

                break;
            case ".xlsx":
                Unreadable.Guard(() => XlsxInspection.Check(content, limits));
                using (var rows = Unreadable.Guard(() => content.Query(useHeaderRow: false).GetEnumerator()))
                {
                    while (Unreadable.Guard(rows.MoveNext))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var cells = (IDictionary<string, object?>)rows.Current;
                        yield return cells.Values.Select(Text).ToList();
                    }
                }

                break;
            default:
                throw DomainException.Validation("file", "Chỉ nhận tệp .csv hoặc .xlsx.");
        }
    }

    /// <summary>The first record names the columns; every other is a row, its cells in Unicode's composed form (NFC).</summary>
    private static IEnumerable<(int, IReadOnlyDictionary<string, string?>)> Rows(IEnumerable<IReadOnlyList<string?>> records, ImportHeaders? expected, ImportLimits limits)
    {
        string[]? headers = null;
        var row = 0;
        var data = 0;
        foreach (var record in records)
        {
            row++;
            if (headers is null)
            {
                headers = HeaderRow(record, expected);
                continue;
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++data > limits.MaxRows)
            {
                throw DomainException.Validation("file",
                    $"Tệp có hơn {limits.MaxRows:N0} dòng; mỗi lần chỉ nhập được tối đa {limits.MaxRows:N0} dòng. Hãy chia tệp thành nhiều tệp nhỏ hơn (mỗi tệp giữ dòng tiêu đề) rồi nhập lần lượt.");
            }

            var cells = new Dictionary<string, string?>(headers.Length, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Length; i++)
            {
                if (headers[i].Length > 0)
                {
                    cells[headers[i]] = i < record.Count ? Composed(record[i], row) : null;
                }
            }

            yield return (row, cells);
        }

        if (headers is null)
        {
            throw DomainException.Validation("file", "Tệp trống: không có dòng tiêu đề và không có dòng nào để nhập.");
        }

        if (data == 0)
        {
            throw DomainException.Validation("file", "Tệp chỉ có dòng tiêu đề, không có dòng nào để nhập.");
        }
    }

    private static string[] HeaderRow(IReadOnlyList<string?> record, ImportHeaders? expected)
    {
        // A header written without its diacritics ("Ho va ten", as a file saved in Windows-1252 must) names the same column.
        var known = (expected?.All ?? []).GroupBy(TriThuc.SharedKernel.Text.VietnameseText.Fold).ToDictionary(g => g.Key, g => g.First());
        var headers = record.Select(h => Composed(h, 1)?.Trim() ?? "").Select(h => known.GetValueOrDefault(TriThuc.SharedKernel.Text.VietnameseText.Fold(h), h)).ToArray();
        if (headers.All(h => h.Length == 0))
        {
            throw DomainException.Validation("file", "Dòng 1 của tệp phải là dòng tiêu đề ghi tên các cột, nhưng dòng này trống.");
        }

        var repeated = headers.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"\"{g.Key}\"").ToList();
        if (repeated.Count > 0)
        {
            throw DomainException.Validation("file",
                $"Dòng tiêu đề có cột trùng tên: {string.Join(", ", repeated)}; mỗi cột chỉ được ghi một lần, nếu không sẽ không biết lấy giá trị ở cột nào. Hãy xoá cột thừa rồi gửi lại.");
        }

        if (expected?.Refusal(headers.Where(h => h.Length > 0).ToList()) is { } refusal)
        {
            throw DomainException.Validation("file", refusal);
        }

        return headers;
    }

    /// <summary>
    /// A cell in NFC (Vietnamese Windows writes tones as separate marks). U+FFFD means the file's bytes were already
    /// lost before it reached us (saved in an encoding that had no such letter): refused, never stored.
    /// </summary>
    private static string? Composed(string? cell, int row)
    {
        if (cell is null)
        {
            return null;
        }

        if (cell.Contains('\uFFFD'))
        {
            throw CsvEncoding.Refused($"Dòng {row} có ký tự không đọc được (\uFFFD): tệp đã mất chữ khi được lưu bằng một bảng mã không có chữ đó");
        }

        return cell.IsNormalized() ? cell : cell.Normalize();
    }

    /// <summary>A workbook that is not one (a damaged download, another file renamed .xlsx) is the clerk's to fix, not a server error.</summary>
    private static class Unreadable
    {
        public static void Guard(Action read) => Guard(() =>
        {
            read();
            return true;
        });

        public static T Guard<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (Exception error) when (error is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
            {
                throw DomainException.Validation("file",
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
}
