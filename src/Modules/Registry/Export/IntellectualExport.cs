using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;
using TriThuc.SharedKernel.Exports;
using TriThuc.SharedKernel.Security;

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

    private static async Task WriteCsvAsync(HttpContext http)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"tri-thuc.csv\"";
        // With a byte-order mark, Excel opens the file as UTF-8 and shows Vietnamese correctly.
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(CsvLine.Format(Headers));
        await foreach (var row in RowsAsync(http))
        {
            await writer.WriteAsync(CsvLine.Format(row));
        }
    }

    private static async Task WriteXlsxAsync(HttpContext http)
    {
        // MiniExcel writes the workbook synchronously: build it in a temporary file, then stream that out.
        var rows = new List<IDictionary<string, object?>>();
        await foreach (var row in RowsAsync(http))
        {
            rows.Add(Headers.Zip(row).ToDictionary(p => p.First, p => (object?)p.Second));
        }

        var file = Path.GetTempFileName();
        try
        {
            await using (var stream = File.Create(file))
            {
                await stream.SaveAsAsync(rows, sheetName: "Trí thức", cancellationToken: http.RequestAborted);
            }

            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"tri-thuc.xlsx\"";
            await using var read = File.OpenRead(file);
            await read.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async IAsyncEnumerable<string?[]> RowsAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var units = await services.GetRequiredService<UnitService>().AllAsync(http.RequestAborted);
        var query = await services.GetRequiredService<IntellectualQueryService>().QueryAsync(FilterFrom(http.Request.Query), IntellectualOrder.NameAscending, http.RequestAborted);
        await foreach (var person in query.AsAsyncEnumerable().WithCancellation(http.RequestAborted))
        {
            yield return Array.ConvertAll<string?, string?>(
            [
                person.FullName,
                person.Gender == Gender.Female ? "Nữ" : "Nam",
                units.TryGetValue(person.UnitId, out var unit) ? unit.Name : "",
                person.JobTitle,
                FieldNames.GetValueOrDefault(person.FieldCode, person.FieldCode),
                person.IsPublicSector ? "Có" : "Không",
                person.IsRemotePosting ? "Có" : "Không",
                person.Status switch { EmploymentStatus.Retired => "Đã nghỉ hưu", EmploymentStatus.MovedAway => "Đã chuyển đi", _ => "Đang công tác" },
                person.StaffCode,
                person.Email,
            ], SpreadsheetText.NotAFormula);
        }
    }

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
