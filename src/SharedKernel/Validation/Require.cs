using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Validation;

/// <summary>The input checks every module makes the same way, with messages naming the field.</summary>
public static class Require
{
    public static string Text(string? value, int maximum, string field, string label)
    {
        var text = value?.Trim() ?? "";
        return text.Length is 0 || text.Length > maximum
            ? throw DomainException.Validation(field, $"{label}: cần nhập, tối đa {maximum} ký tự.")
            : text;
    }

    /// <summary>The largest amount of money any record holds: 10^15 đồng, far above any real budget, so sums stay far from overflow.</summary>
    public const long MaxAmount = 1_000_000_000_000_000;

    public static void Positive(long amount, string field)
    {
        if (amount <= 0)
        {
            throw DomainException.Validation(field, $"Số tiền phải lớn hơn 0 (đã nhập {amount}).");
        }

        AtMostMax(amount, field);
    }

    public static void AtMostMax(long amount, string field)
    {
        if (amount > MaxAmount)
        {
            throw DomainException.Validation(field, $"Số tiền không được vượt quá 10^15 đồng (đã nhập {amount}).");
        }
    }

    /// <summary>The first and last day of a year a filter names, refusing years no record can have.</summary>
    public static (DateOnly First, DateOnly Last) Year(int year, string field) =>
        year is < 1950 or > 2100
            ? throw DomainException.Validation(field, "Năm phải từ 1950 đến 2100.")
            : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static void NotAfter(DateOnly day, DateOnly today, string field)
    {
        if (day > today)
        {
            throw DomainException.Validation(field, $"Ngày {day:dd/MM/yyyy} ở tương lai.");
        }
    }
}
