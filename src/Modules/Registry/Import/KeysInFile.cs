using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// The national IDs and staff codes the rows of one import file have claimed, across its chunks. Two rows about one
/// person would otherwise both match (or the second match the record the first created), and the second would
/// silently overwrite the first; the second is refused, naming both rows. Staff codes belong to one employer, so a
/// staff code is claimed within the row's unit.
/// </summary>
internal sealed class KeysInFile
{
    private readonly Dictionary<string, int> _nationalIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid Unit, string Code), int> _staffCodes = [];

    public void Claim(int row, IntellectualInput input)
    {
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
