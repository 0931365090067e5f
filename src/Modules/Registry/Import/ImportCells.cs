using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Import;

/// <summary>Reading the cells of one row: text, dates and numbers as clerks write them, and the person a row is about.</summary>
public sealed class ImportCells(IReadOnlyDictionary<string, string?> cells)
{
    public const string NationalIdColumn = "Số định danh";
    public const string StaffCodeColumn = "Mã cán bộ";

    public string? Text(string column) => cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Required(string column) => Text(column) ?? throw new RowRefusedException(column, $"Thiếu {column.ToLowerInvariant()}.");

    public DateOnly Date(string column) =>
        DateOnly.TryParseExact(Text(column), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RowRefusedException(column, $"Ngày '{Text(column)}' không đọc được; hãy ghi dạng ngày/tháng/năm, ví dụ 21/03/2024.");

    public DateOnly? OptionalDate(string column) => Text(column) is null ? null : Date(column);

    public int Number(string column) =>
        int.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new RowRefusedException(column, $"'{Text(column)}' không phải một số.");

    public TEnum Choice<TEnum>(string column, IReadOnlyDictionary<string, TEnum> byFoldedName) where TEnum : struct =>
        byFoldedName.TryGetValue(SharedKernel.Text.VietnameseText.Fold(Text(column)), out var value)
            ? value
            : throw new RowRefusedException(column, $"'{Text(column)}' không phải một giá trị hợp lệ; dùng một trong: {string.Join(", ", byFoldedName.Keys)}.");

    /// <summary>The Registry person the row is about, by national ID or else staff code.</summary>
    public async Task<Guid> PersonAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var nationalId = Text(NationalIdColumn);
        var staffCode = Text(StaffCodeColumn);
        if (nationalId is null && staffCode is null)
        {
            throw new RowRefusedException(NationalIdColumn, "Cần số định danh hoặc mã cán bộ để biết dòng này của ai.");
        }

        var id = await db.Intellectuals
            .Where(p => p.MergedIntoId == null && ((nationalId != null && p.NationalId == nationalId) || (nationalId == null && p.StaffCode == staffCode)))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return id ?? throw new RowRefusedException(nationalId is null ? StaffCodeColumn : NationalIdColumn,
            $"Không có hồ sơ trí thức nào mang {(nationalId is null ? $"mã cán bộ '{staffCode}'" : $"số định danh '{nationalId}'")}; hãy nhập hồ sơ trước.");
    }
}
