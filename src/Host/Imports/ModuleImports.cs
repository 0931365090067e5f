using System.Text.Json;
using TriThuc.SharedKernel.Imports;

namespace TriThuc.Host.Imports;

/// <summary>
/// Offers every module's file importers over HTTP: <c>POST /api/&lt;module&gt;/import/&lt;kind&gt;?dryRun=true&amp;fileName=x.xlsx</c>
/// with the file as the request body, for editors of that module. Answers the report: 200 when the file
/// was applied (or would be, in a dry run), 422 when rows were refused and nothing was saved.
/// </summary>
internal static class ModuleImports
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Map(IEndpointRouteBuilder group, LoadedModule module) =>
        group.MapPost("/import/{kind}", (HttpContext http, string kind, bool? dryRun, string? fileName) =>
                ImportAsync(http, module, kind, dryRun ?? false, fileName))
            .RequireAccess(FieldAccess.Writes(module.Name));

    /// <summary>The importer of one kind of record that a module offers, or null.</summary>
    public static IFileImporter? Find(IServiceProvider services, LoadedModule module, string kind) =>
        services.GetServices<IFileImporter>()
            .FirstOrDefault(i => i.GetType().Assembly == module.Definition.GetType().Assembly && string.Equals(i.Kind, kind, StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> ImportAsync(HttpContext http, LoadedModule module, string kind, bool dryRun, string? fileName)
    {
        var importer = Find(http.RequestServices, module, kind);
        if (importer is null)
        {
            return ErrorResponse.Json(ErrorCodes.NotFound, $"Phân hệ {module.Name} không nhập được loại dữ liệu '{kind}'.", StatusCodes.Status404NotFound);
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
            var report = await importer.ImportAsync(content, fileName, dryRun, http.RequestAborted);
            return Results.Json(report, Json, statusCode: report.Problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        }
        catch (DomainException error)
        {
            return ErrorResponse.Json(error.Code, error.Message, StatusCodes.Status400BadRequest);
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
}
