using TriThuc.SharedKernel.Errors;

namespace TriThuc.Modules.Science;

/// <summary>The input checks every Science service makes the same way, with messages naming the field.</summary>
internal static class Require
{
    public static string Text(string? value, int maximum, string field, string label)
    {
        var text = value?.Trim() ?? "";
        return text.Length is 0 || text.Length > maximum
            ? throw DomainException.Validation(field, $"{label}: cần nhập, tối đa {maximum} ký tự.")
            : text;
    }

    public static void Positive(long amount, string field)
    {
        if (amount <= 0)
        {
            throw DomainException.Validation(field, $"Số tiền phải lớn hơn 0 (đã nhập {amount}).");
        }
    }

    public static void NotAfter(DateOnly day, DateOnly today, string field)
    {
        if (day > today)
        {
            throw DomainException.Validation(field, $"Ngày {day:dd/MM/yyyy} ở tương lai.");
        }
    }
}
