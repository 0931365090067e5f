using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Imports;
using TriThuc.SharedKernel.Text;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// Imports intellectuals from a spreadsheet with Vietnamese headers (the export's columns, plus the
/// personal ones). A row whose national ID or staff code is already on file updates that record, so
/// importing a file twice changes nothing the second time. Every row is checked by the same rules as
/// the GraphQL mutations; the file is saved only when every row passes (all or nothing).
/// </summary>
public sealed class IntellectualImporter(RegistryDbContext db, IntellectualService people, Units.UnitService units, Duplicates.DuplicateService duplicates) : IFileImporter
{
    /// <summary>The columns, by header, and the input field each fills (for naming the column of an error).</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["fullName"] = "Họ và tên",
        ["gender"] = "Giới tính",
        ["dateOfBirth"] = "Ngày sinh",
        ["ethnicGroupCode"] = "Dân tộc",
        ["nationalId"] = "Số định danh",
        ["staffCode"] = "Mã cán bộ",
        ["phone"] = "Điện thoại",
        ["email"] = "Thư điện tử",
        ["unitId"] = "Mã đơn vị",
        ["jobTitle"] = "Chức danh",
        ["fieldCode"] = "Lĩnh vực",
        ["isPublicSector"] = "Khu vực công",
        ["isRemotePosting"] = "Vùng sâu, vùng xa",
    };

    private static readonly Dictionary<string, string> EthnicCodes = ReferenceData.EthnicGroups
        .SelectMany(g => new[] { (g.Code, g.Code), (VietnameseText.Fold(g.Name), g.Code) })
        .ToDictionary(p => p.Item1, p => p.Item2);

    private static readonly Dictionary<string, string> FieldCodes = ReferenceData.ExpertiseFields
        .SelectMany(f => new[] { (f.Code, f.Code), (VietnameseText.Fold(f.Name), f.Code) })
        .ToDictionary(p => p.Item1, p => p.Item2);

    public string Kind => "intellectuals";

    public bool IsDefault => true;

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        var unitsByCode = await units.IdsByCodeAsync(cancellationToken);
        Intellectual? created = null;
        return await ImportRunner.RunAsync(db, content, fileName, dryRun, Columns, async (cells, token) =>
        {
            var input = Parse(new ImportCells(cells), unitsByCode);
            if (await FindExistingAsync(input, token) is { } existing)
            {
                await people.UpdateAsync(existing.Id, KeepingWhatTheFileDoesNotSay(input, existing), token);
                return RowOutcome.Updated;
            }

            created = await people.CreateAsync(input, token);
            return RowOutcome.Created;
        }, cancellationToken, async (row, token) =>
            (await duplicates.CandidatesForAsync(created!, token)).Select(other => new ImportProblem(row, Columns["fullName"],
                $"Có thể trùng với hồ sơ đã có: {other.FullName} (mã {other.Id}); hãy kiểm tra và gộp nếu cần.")));
    }

    /// <summary>
    /// The record a row updates: the one with the row's national ID, else the one with its staff code in
    /// the row's unit (staff codes belong to one employer). A record merged since is followed to the one kept.
    /// </summary>
    private async Task<Intellectual?> FindExistingAsync(IntellectualInput input, CancellationToken cancellationToken)
    {
        var match = input.NationalId is { Length: > 0 } nationalId
            ? await db.Intellectuals.AsNoTracking().FirstOrDefaultAsync(p => p.NationalId == nationalId, cancellationToken)
            : null;
        if (match is null && input.StaffCode is { Length: > 0 } staffCode)
        {
            var sameCode = await db.Intellectuals.AsNoTracking().Where(p => p.StaffCode == staffCode && p.UnitId == input.UnitId).Take(2).ToListAsync(cancellationToken);
            if (sameCode.Count > 1)
            {
                throw new RowRefusedException(Columns["staffCode"], $"Hai hồ sơ của đơn vị cùng mang mã cán bộ '{staffCode}'; hãy dùng số định danh.");
            }

            match = sameCode.FirstOrDefault();
        }

        for (var hops = 0; match?.MergedIntoId is { } kept && hops < 10; hops++)
        {
            match = await db.Intellectuals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == kept, cancellationToken);
        }

        return match;
    }

    /// <summary>A row updates what it says: blank cells and columns the file lacks keep the values on file.</summary>
    private static IntellectualInput KeepingWhatTheFileDoesNotSay(IntellectualInput row, Intellectual existing) => new()
    {
        FullName = row.FullName,
        Gender = row.Gender,
        DateOfBirth = row.DateOfBirth,
        EthnicGroupCode = row.EthnicGroupCode,
        NationalId = row.NationalId ?? existing.NationalId,
        StaffCode = row.StaffCode ?? existing.StaffCode,
        Phone = row.Phone ?? existing.Phone,
        Email = row.Email ?? existing.Email,
        UnitId = row.UnitId,
        JobTitle = row.JobTitle ?? existing.JobTitle,
        FieldCode = row.FieldCode,
        IsPublicSector = row.IsPublicSector,
        IsRemotePosting = row.IsRemotePosting,
        AcademicTitle = existing.AcademicTitle,
        AcademicTitleYear = existing.AcademicTitleYear,
        PoliticalTheoryLevel = existing.PoliticalTheoryLevel,
    };

    /// <summary>A row as input for the same rules as the GraphQL mutations; what those rules cannot see (unknown names, unreadable dates) is refused here.</summary>
    private static IntellectualInput Parse(ImportCells row, IReadOnlyDictionary<string, Guid> unitsByCode)
    {
        string? Cell(string field) => row.Text(Columns[field]);
        RowRefusedException Refused(string field, string reason) => new(Columns[field], reason);

        var fullName = Cell("fullName") ?? throw Refused("fullName", "Thiếu họ và tên.");
        var gender = VietnameseText.Fold(Cell("gender")) switch
        {
            "nam" => Gender.Male,
            "nu" => Gender.Female,
            _ => throw Refused("gender", "Giới tính phải là \"Nam\" hoặc \"Nữ\"."),
        };

        if (!ImportCells.TryDate(Cell("dateOfBirth"), out var dateOfBirth))
        {
            throw Refused("dateOfBirth", $"Ngày sinh '{Cell("dateOfBirth")}' không đọc được; hãy ghi dạng ngày/tháng/năm, ví dụ 21/03/1985.");
        }

        if (!EthnicCodes.TryGetValue(VietnameseText.Fold(Cell("ethnicGroupCode")), out var ethnicGroup))
        {
            throw Refused("ethnicGroupCode", $"Dân tộc '{Cell("ethnicGroupCode")}' không có trong danh mục 54 dân tộc.");
        }

        if (Cell("unitId") is not { } unitCode || !unitsByCode.TryGetValue(unitCode, out var unitId))
        {
            throw Refused("unitId", $"Không có đơn vị mang mã '{Cell("unitId")}'.");
        }

        if (!FieldCodes.TryGetValue(VietnameseText.Fold(Cell("fieldCode")), out var field))
        {
            throw Refused("fieldCode", $"Lĩnh vực '{Cell("fieldCode")}' không có trong danh mục.");
        }

        return new IntellectualInput
        {
            FullName = fullName,
            Gender = gender,
            DateOfBirth = dateOfBirth,
            EthnicGroupCode = ethnicGroup,
            NationalId = ImportCells.Digits(Cell("nationalId"), 12),
            StaffCode = Cell("staffCode"),
            Phone = ImportCells.Digits(Cell("phone"), 10),
            Email = Cell("email"),
            UnitId = unitId,
            JobTitle = Cell("jobTitle"),
            FieldCode = field,
            IsPublicSector = YesNo(Cell("isPublicSector")),
            IsRemotePosting = YesNo(Cell("isRemotePosting")),
        };
    }

    private static bool YesNo(string? value) => VietnameseText.Fold(value) is "co" or "x" or "1" or "true";
}
