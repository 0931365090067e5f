using System.Text;

namespace TriThuc.SharedKernel.Exports;

/// <summary>One CSV record as RFC 4180 writes it: fields with a comma, quote or line break are quoted, quotes doubled.</summary>
public static class CsvLine
{
    public static string Format(IEnumerable<string?> fields)
    {
        var line = new StringBuilder();
        foreach (var field in fields)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            var value = field ?? "";
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                line.Append(value);
            }
        }

        return line.Append("\r\n").ToString();
    }
}
