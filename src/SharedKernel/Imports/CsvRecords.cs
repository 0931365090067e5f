using System.Text;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// The records of a CSV file (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks), read a
/// character at a time so that no line or cell is held whole before its length is checked. The separator is the one
/// the header row uses most outside quotes: a comma, or the semicolon Excel writes where the decimal mark is a comma
/// (as in Vietnamese settings), or the tab of Excel's "Unicode Text".
/// </summary>
internal static class CsvRecords
{
    /// <summary>Synchronous: the file is a local temporary file, and the import reads it on a thread of its own.</summary>
    public static IEnumerable<List<string>> Read(TextReader reader, ImportLimits limits, CancellationToken cancellationToken)
    {
        var header = FirstLine(reader, limits);
        if (header is null)
        {
            yield break;
        }

        var separator = SeparatorOf(header);
        if (ReadRecord(new StringReader(header), separator, limits) is { } headers)
        {
            yield return headers;
        }

        while (ReadRecord(reader, separator, limits) is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    /// <summary>The header row's text up to its line break outside quotes (a header cell may be quoted and hold a comma).</summary>
    private static string? FirstLine(TextReader reader, ImportLimits limits)
    {
        var line = new StringBuilder();
        var quoted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                return line.ToString();
            }

            line.Append(c);
            if (line.Length > limits.MaxCellLength)
            {
                throw CellTooLong(1, limits);
            }
        }

        return line.Length == 0 ? null : line.ToString();
    }

    private static char SeparatorOf(string header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>One record, or null at the end of the file; refuses a cell longer than the limit as soon as it passes it.</summary>
    private static List<string>? ReadRecord(TextReader reader, char separator, ImportLimits limits)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c != '\r')
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
            else if (c == '\n')
            {
                break;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }

            if (field.Length > limits.MaxCellLength)
            {
                throw CellTooLong(null, limits);
            }
        }

        if (!any)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }

    public static Errors.DomainException CellTooLong(int? row, ImportLimits limits) => Errors.DomainException.Validation("file",
        $"Tệp có một ô dài quá {limits.MaxCellLength:N0} ký tự{(row is null ? "" : $" (dòng {row})")}; không ô nào của tệp nhập được dài như vậy. Hãy kiểm tra tệp (có thể hai cột bị dồn làm một vì thiếu dấu ngoặc kép) rồi gửi lại.");
}
