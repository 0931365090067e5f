using System.Globalization;
using TriThuc.SharedKernel.Text;

namespace TriThuc.SharedKernel.Imports;

/// <summary>Reading the cells of one row: text, dates and numbers as clerks write them.</summary>
public sealed class ImportCells(IReadOnlyDictionary<string, string?> cells)
{
    public string? Text(string column) => cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Required(string column) => Text(column) ?? throw new RowRefusedException(column, $"Thiếu {column.ToLowerInvariant()}.");

    public DateOnly Date(string column) =>
        TryDate(Text(column), out var date)
            ? date
            : throw new RowRefusedException(column, $"Ngày '{Text(column)}' không đọc được; hãy ghi dạng ngày/tháng/năm, ví dụ 21/03/2024.");

    /// <summary>A date as clerks write it (21/03/2024, 2024-03-21), or as Excel stores one in a cell left as a number (45372).</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100_000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }

    /// <summary>
    /// A national ID or phone that Excel kept as a number has lost its leading zero (both always start with
    /// one): it is put back. Anything shorter is left as it is, for the rules to refuse.
    /// </summary>
    public static string? Digits(string? text, int length) =>
        Validation.Codes.Normalize(text) is { } digits && Validation.Codes.IsAsciiDigits(digits, length - 1) ? "0" + digits : Validation.Codes.Normalize(text);

    public DateOnly? OptionalDate(string column) => Text(column) is null ? null : Date(column);

    public int Number(string column) =>
        int.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new RowRefusedException(column, $"'{Text(column)}' không phải một số.");

    /// <summary>An enum value named by its Vietnamese label or its code, with or without diacritics (<see cref="EnumLabels"/>).</summary>
    public TEnum Choice<TEnum>(string column)
        where TEnum : struct, Enum =>
        EnumLabels.TryParse<TEnum>(Text(column), out var value)
            ? value
            : throw new RowRefusedException(column, $"'{Text(column)}' không phải một giá trị hợp lệ; dùng một trong: {string.Join(", ", EnumLabels.All<TEnum>().Values)}.");
}
