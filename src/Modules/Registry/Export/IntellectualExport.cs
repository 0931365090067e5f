using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;
using TriThuc.SharedKernel.Exports;

namespace TriThuc.Modules.Registry.Export;

/// <summary>
/// Any filtered list of intellectuals as CSV or Excel, with Vietnamese headers:
/// <c>GET /api/registry/intellectuals.csv?search=…&amp;unitId=…</c> (or <c>.xlsx</c>). Same access as the
/// list itself; personal data (birth date, ethnicity, national ID, phone) is never exported.
/// </summary>
public static class IntellectualExport
{
    private static readonly string[] Headers =
        ["Họ và tên", "Giới tính", "Đơn vị", "Chức danh", "Lĩnh vực", "Khu vực công", "Vùng sâu, vùng xa", "Tình trạng", "Mã cán bộ", "Thư điện tử"];

    private static readonly Dictionary<string, string> FieldNames = ReferenceData.ExpertiseFields.ToDictionary(f => f.Code, f => f.Name);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/intellectuals.csv", WriteCsvAsync).RequireAccess(FieldAccess.Records);
        endpoints.MapGet("/intellectuals.xlsx", WriteXlsxAsync).RequireAccess(FieldAccess.Records);
    }

    private static Task WriteCsvAsync(HttpContext http) => SpreadsheetResponse.WriteCsvAsync(http, "tri-thuc.csv", Headers, RowsAsync(http));

    private static Task WriteXlsxAsync(HttpContext http) => SpreadsheetResponse.WriteXlsxAsync(http, "tri-thuc.xlsx", "Trí thức", Headers, RowsAsync(http));

    private static async IAsyncEnumerable<string?[]> RowsAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var units = await services.GetRequiredService<UnitService>().AllAsync(http.RequestAborted);
        var people = services.GetRequiredService<IntellectualQueryService>();
        var filter = FilterFrom(http.Request.Query);
        var query = await people.QueryAsync(filter, IntellectualOrder.NameAscending, http.RequestAborted);
        var disclosed = IntellectualQueryService.FieldsDisclosedBy(filter, IntellectualOrder.NameAscending);
        var readLog = services.GetRequiredService<ISensitiveReadLog>();
        // Written to the access log a batch at a time before the batch is: a list whose choice disclosed personal data
        // is not sent unless its disclosure is logged.
        await foreach (var batch in query.AsAsyncEnumerable().Chunk(500).WithCancellation(http.RequestAborted))
        {
            people.RecordDisclosed(disclosed, batch);
            await readLog.FlushAsync(http.RequestAborted);
            foreach (var person in batch)
            {
                yield return Row(person, units);
            }
        }
    }

    private static string?[] Row(Intellectual person, IReadOnlyDictionary<Guid, OrganisationUnit> units) =>
            [
                person.FullName,
                EnumLabels.Of(person.Gender),
                units.TryGetValue(person.UnitId, out var unit) ? unit.Name : "",
                person.JobTitle,
                FieldNames.GetValueOrDefault(person.FieldCode, person.FieldCode),
                person.IsPublicSector ? "Có" : "Không",
                person.IsRemotePosting ? "Có" : "Không",
                EnumLabels.Of(person.Status),
                person.StaffCode,
                person.Email,
            ];

    private static IntellectualFilter FilterFrom(IQueryCollection query) => new()
    {
        Search = query["search"].FirstOrDefault(),
        UnitId = Guid.TryParse(query["unitId"], out var unitId) ? unitId : null,
        FieldCode = query["fieldCode"].FirstOrDefault(),
        Gender = Enum.TryParse<Gender>(query["gender"], ignoreCase: true, out var gender) ? gender : null,
        Status = Enum.TryParse<EmploymentStatus>(query["status"], ignoreCase: true, out var status) ? status : null,
        EthnicMinority = bool.TryParse(query["ethnicMinority"], out var minority) ? minority : null,
        RemotePosting = bool.TryParse(query["remotePosting"], out var remote) ? remote : null,
        PublicSector = bool.TryParse(query["publicSector"], out var publicSector) ? publicSector : null,
        AgeFrom = int.TryParse(query["ageFrom"], out var ageFrom) ? ageFrom : null,
        AgeTo = int.TryParse(query["ageTo"], out var ageTo) ? ageTo : null,
        Degree = Enum.TryParse<Careers.Degree>(query["degree"], ignoreCase: true, out var degree) ? degree : null,
        AcademicTitle = Enum.TryParse<Careers.AcademicTitle>(query["academicTitle"], ignoreCase: true, out var title) ? title : null,
        Leader = bool.TryParse(query["leader"], out var leader) ? leader : null,
        TrainedInYear = int.TryParse(query["trainedInYear"], out var year) ? year : null,
    };
}
