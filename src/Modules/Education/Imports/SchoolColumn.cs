using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Imports;

/// <summary>
/// The column that names a row's school by its Registry unit code (as the Registry's own import and export write it), or by
/// its id; the units are read once per import.
/// </summary>
public sealed class SchoolColumn(IUnitDirectory units)
{
    public const string Name = "Mã đơn vị";

    private Dictionary<string, UnitSummary>? _byCode;
    private Dictionary<Guid, UnitSummary>? _byId;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await units.GetAllAsync(cancellationToken);
        _byId = all.ToDictionary(u => u.Id);
        _byCode = all.GroupBy(u => u.Code.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.ValidFrom).First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The unit the row names, refused when unknown or not open on <paramref name="day"/>.</summary>
    public UnitSummary Read(ImportCells row, DateOnly day)
    {
        var text = row.Required(Name);
        var unit = (Guid.TryParse(text, out var id) ? _byId!.GetValueOrDefault(id) : null) ?? _byCode!.GetValueOrDefault(text)
            ?? throw new RowRefusedException(Name, $"Không có đơn vị mang mã '{text}' trong cơ sở dữ liệu trí thức.");
        return unit.IsOpenOn(day)
            ? unit
            : throw new RowRefusedException(Name, $"Đơn vị '{unit.Name}' không hoạt động vào ngày {day:dd/MM/yyyy}; hãy dùng mã đơn vị kế thừa.");
    }
}
