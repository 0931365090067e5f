using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// The national IDs and staff codes the rows of one import file have claimed, across its chunks. Two rows about one
/// person would otherwise both match (or the second match the record the first created), and the second would
/// silently overwrite the first; the second is refused, naming both rows. Staff codes belong to one employer, so a
/// staff code is claimed within the row's unit. The check pass's keys and units also tell whether a record changed
/// by someone else meanwhile concerns the file (<see cref="IsConcernedBy"/>).
/// </summary>
internal sealed class KeysInFile
{
    private readonly Dictionary<string, int> _nationalIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid Unit, string Code), int> _staffCodes = [];
    private readonly HashSet<Guid> _units = [];

    /// <summary>
    /// Whether a record now holding these values would have changed what the file does: a row with its national ID, or
    /// its staff code in its unit, updates it instead of creating someone.
    /// </summary>
    public bool IsConcernedBy(string? nationalId, Guid unitId, string? staffCode) =>
        (nationalId is not null && _nationalIds.ContainsKey(nationalId))
        || (Codes.Normalize(staffCode) is { } code && _staffCodes.ContainsKey((unitId, code)));

    /// <summary>Whether a row of the file is about someone in <paramref name="unitId"/>, whose rules (open, its area) then apply to the row.</summary>
    public bool Uses(Guid unitId) => _units.Contains(unitId);

    public void Claim(int row, IntellectualInput input)
    {
        _units.Add(input.UnitId);
        if (IntellectualRules.NationalIdOf(input) is { } nationalId && !_nationalIds.TryAdd(nationalId, row))
        {
            throw new RowRefusedException(IntellectualImporter.Columns["nationalId"],
                $"Dòng {_nationalIds[nationalId]} và dòng {row} cùng số định danh '{nationalId}'; mỗi người chỉ một dòng trong tệp: hãy gộp hai dòng hoặc sửa số định danh.");
        }

        if (Codes.Normalize(input.StaffCode) is { } staffCode && !_staffCodes.TryAdd((input.UnitId, staffCode), row))
        {
            throw new RowRefusedException(IntellectualImporter.Columns["staffCode"],
                $"Dòng {_staffCodes[(input.UnitId, staffCode)]} và dòng {row} cùng mã cán bộ '{staffCode}' của một đơn vị; mỗi người chỉ một dòng trong tệp: hãy gộp hai dòng hoặc sửa mã cán bộ.");
        }
    }
}
