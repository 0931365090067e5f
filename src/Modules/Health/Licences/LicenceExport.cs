using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.SharedKernel.Exports;

namespace TriThuc.Modules.Health.Licences;

/// <summary>
/// The licences expiring within N days, by facility, for the department: <c>GET /api/health/licences/expiring.xlsx?withinDays=90&amp;facilityId=…&amp;on=…</c>
/// (or <c>.csv</c>), the same rows as <c>healthLicencesExpiring</c>, under the same access. No personal data beyond names.
/// </summary>
public static class LicenceExport
{
    private static readonly string[] Headers =
        ["Số giấy phép", "Họ và tên", "Đơn vị", "Chức danh", "Ngày cấp", "Hết hạn", "Còn lại (ngày)", "Hạn nộp hồ sơ gia hạn", "Giờ đào tạo liên tục trong chu kỳ", "Còn thiếu (giờ)"];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/licences/expiring.xlsx", (HttpContext http) => WriteAsync(http, xlsx: true)).RequireAccess(FieldAccess.Records);
        endpoints.MapGet("/licences/expiring.csv", (HttpContext http) => WriteAsync(http, xlsx: false)).RequireAccess(FieldAccess.Records);
    }

    private static async Task WriteAsync(HttpContext http, bool xlsx)
    {
        var query = http.Request.Query;
        var withinDays = int.TryParse(query["withinDays"], out var days) ? days : 90;
        DateOnly? on;
        IQueryable<PractisingLicence> licences;
        try
        {
            on = ExportParameters.Day(query);
            var facilityId = ExportParameters.Id(query, "facilityId");
            licences = await http.RequestServices.GetRequiredService<LicenceService>().ExpiringAsync(withinDays, facilityId, on, http.RequestAborted);
        }
        catch (DomainException refused)
        {
            await ErrorResponse.For(refused).ExecuteAsync(http);
            return;
        }

        var rows = RowsAsync(http.RequestServices, await licences.ToListAsync(http.RequestAborted), on ?? http.RequestServices.GetRequiredService<IClock>().Today, http.RequestAborted);
        await (xlsx
            ? SpreadsheetResponse.WriteXlsxAsync(http, "giay-phep-sap-het-han.xlsx", "Sắp hết hạn", Headers, rows)
            : SpreadsheetResponse.WriteCsvAsync(http, "giay-phep-sap-het-han.csv", Headers, rows));
    }

    private static async IAsyncEnumerable<string?[]> RowsAsync(IServiceProvider services, List<PractisingLicence> licences, DateOnly day,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var holders = licences.Select(l => l.HolderId).Distinct().ToList();
        var people = await services.GetRequiredService<IPersonDirectory>().GetSummariesAsync(holders, cancellationToken);
        var activities = (await services.GetRequiredService<CmeService>().Query(null).Where(a => holders.Contains(a.PersonId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId);
        foreach (var licence in licences)
        {
            var person = people.GetValueOrDefault(licence.HolderId);
            var hours = CmeRules.HoursBetween(activities[licence.HolderId], licence.CycleStartOn(day), licence.ExpiryOn(day));
            yield return
            [
                licence.Number, person?.FullName, person?.UnitName, EnumLabels.Of(licence.Title), $"{licence.IssuedOn:dd/MM/yyyy}", $"{licence.ExpiresOn:dd/MM/yyyy}",
                (licence.ExpiresOn.DayNumber - day.DayNumber).ToString(), $"{LicenceRenewalRules.LastFilingDay(licence):dd/MM/yyyy}",
                hours.ToString(), LicenceRenewalRules.MissingHours(hours).ToString(),
            ];
        }
    }
}
