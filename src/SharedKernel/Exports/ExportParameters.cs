using System.Globalization;
using Microsoft.AspNetCore.Http;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Exports;

/// <summary>
/// Reads an export link's optional parameters. A parameter left out is null; one given but malformed is refused with
/// the parameter's name, never silently replaced by a default — a clerk asking for 31/12 must not get today's list.
/// </summary>
public static class ExportParameters
{
    public static DateOnly? Day(IQueryCollection query, string name = "on")
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw DomainException.Validation(name, $"Ngày '{text}' không đúng dạng năm-tháng-ngày, ví dụ 2026-12-31.");
    }

    public static Guid? Id(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return Guid.TryParse(text, out var id) ? id : throw DomainException.Validation(name, $"Mã '{text}' không phải là một mã bản ghi hợp lệ.");
    }
}
