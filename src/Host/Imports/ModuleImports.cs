using System.Text.Json;
using TriThuc.SharedKernel.Exports;
using TriThuc.SharedKernel.Imports;

namespace TriThuc.Host.Imports;

/// <summary>
/// Offers every module's file importers over HTTP: <c>POST /api/&lt;module&gt;/import/&lt;kind&gt;?dryRun=true&amp;fileName=x.xlsx</c>
/// with the file as the request body, for editors of that module. Answers the report: 200 when the file
/// was applied (or would be, in a dry run), 422 when rows were refused and nothing was saved. The same address
/// with <c>/template</c> gives an empty file of that kind with its headers.
/// </summary>
internal static class ModuleImports
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Map(IEndpointRouteBuilder group, LoadedModule module)
    {
        group.MapPost("/import/{kind}", (HttpContext http, string kind, bool? dryRun, string? fileName) =>
                ImportAsync(http, module, kind, dryRun ?? false, fileName))
            .RequireAccess(FieldAccess.Writes(module.Name));
        group.MapGet("/import/{kind}/template", (HttpContext http, string kind, string? format) => TemplateAsync(http, module, kind, format))
            .RequireAccess(FieldAccess.Writes(module.Name));
    }

    /// <summary>The importer of one kind of record that a module offers, or null.</summary>
    public static IFileImporter? Find(IServiceProvider services, LoadedModule module, string kind) =>
        services.GetServices<IFileImporter>()
            .FirstOrDefault(i => i.GetType().Assembly == module.Definition.GetType().Assembly && string.Equals(i.Kind, kind, StringComparison.OrdinalIgnoreCase));

    /// <summary>An empty file of one kind, with its headers: <c>?format=csv</c> for CSV, .xlsx otherwise.</summary>
    private static async Task TemplateAsync(HttpContext http, LoadedModule module, string kind, string? format)
    {
        if (Find(http.RequestServices, module, kind) is not { } importer)
        {
            await NotOffered(module, kind).ExecuteAsync(http);
            return;
        }

        var fileName = $"mau-{module.Name.ToLowerInvariant()}-{importer.Kind}";
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            await SpreadsheetResponse.WriteCsvAsync(http, fileName + ".csv", importer.Headers.All, AsyncEnumerable.Empty<string?[]>());
        }
        else
        {
            await SpreadsheetResponse.WriteXlsxAsync(http, fileName + ".xlsx", importer.Kind, importer.Headers.All, AsyncEnumerable.Empty<string?[]>());
        }
    }

    private static IResult NotOffered(LoadedModule module, string kind) =>
        ErrorResponse.Json(ErrorCodes.NotFound, $"Phân hệ {module.Name} không nhập được loại dữ liệu '{kind}'.", StatusCodes.Status404NotFound);

    private static async Task<IResult> ImportAsync(HttpContext http, LoadedModule module, string kind, bool dryRun, string? fileName)
    {
        var importer = Find(http.RequestServices, module, kind);
        if (importer is null)
        {
            return NotOffered(module, kind);
        }

        var limits = http.RequestServices.GetRequiredService<ImportLimits>();
        if (http.Request.ContentLength > limits.MaxUploadBytes)
        {
            return TooLarge(limits);
        }

        // One limit for every upload, whatever Kestrel's own default (30 MB) says: the body is read here, not buffered before.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxUploadBytes;
        }

        fileName ??= http.Request.ContentType?.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) == true ? "upload.xlsx" : "upload.csv";

        // Spreadsheets are zip files, read by seeking: the body goes to a temporary file first.
        var temporary = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(temporary))
            {
                await http.Request.Body.CopyToAsync(file, http.RequestAborted);
            }

            await using var content = File.OpenRead(temporary);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var report = await importer.ImportAsync(content, fileName, dryRun, http.RequestAborted);
            Telemetry.PlatformTelemetry.RecordImport(module.Name, importer.Kind, report, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return Results.Json(report, Json, statusCode: !report.HasProblems ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits);
        }
        catch (DomainException error)
        {
            return ErrorResponse.Json(error.Code, error.Message, StatusCodes.Status400BadRequest, error.Field);
        }
        catch (Exception error) when (SharedKernel.Data.UniqueViolation.Is(error))
        {
            return ErrorResponse.Json(ErrorCodes.Conflict,
                "Trong lúc nhập tệp, người khác vừa lưu một hồ sơ trùng số định danh hoặc mã với một dòng của tệp; không dòng nào được lưu. Hãy nhập lại tệp.",
                StatusCodes.Status409Conflict);
        }
        catch (Exception error) when (SharedKernel.Data.Versions.IsStale(error))
        {
            return ErrorResponse.Json(ErrorCodes.Conflict,
                "Trong lúc nhập tệp, người khác vừa sửa một hồ sơ mà tệp cũng sửa; không dòng nào được lưu. Hãy nhập lại tệp.",
                StatusCodes.Status409Conflict);
        }
        catch (Exception error) when (SharedKernel.Data.DatabaseBusy.Is(error))
        {
            return ErrorResponse.Json(ErrorCodes.Busy, SharedKernel.Data.DatabaseBusy.Message, StatusCodes.Status503ServiceUnavailable);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static IResult TooLarge(ImportLimits limits) => ErrorResponse.Json(ErrorCodes.RequestTooLarge,
        $"Tệp gửi lên lớn quá {limits.MaxUploadBytes / 1024 / 1024} MB; hãy chia tệp thành nhiều tệp nhỏ hơn (mỗi tệp giữ dòng tiêu đề) rồi nhập lần lượt.",
        StatusCodes.Status413PayloadTooLarge);
}
