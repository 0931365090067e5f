namespace TriThuc.Host.Reviews;

/// <summary>
/// A review as a file: <c>GET /api/platform/reviews/{id}.xlsx</c> and <c>.html</c> (printable). The same
/// access as the review in GraphQL: any signed-in role.
/// </summary>
internal static class ReviewExports
{
    private const string Prefix = "/api/platform/reviews/";

    public static string XlsxPath(Guid id) => $"{Prefix}{id}.xlsx";

    public static string HtmlPath(Guid id) => $"{Prefix}{id}.html";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "{id:guid}.xlsx", WriteXlsxAsync).RequireAccess(FieldAccess.Aggregates);
        endpoints.MapGet(Prefix + "{id:guid}.html", WriteHtmlAsync).RequireAccess(FieldAccess.Aggregates);
    }

    private static async Task<IResult> WriteXlsxAsync(Guid id, ReviewService reviews, HttpContext http)
    {
        if (await reviews.FindAsync(id, http.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        // MiniExcel writes synchronously: build the workbook in memory (a review is small), then send it.
        var workbook = new MemoryStream();
        await ReviewWorkbook.WriteAsync(snapshot, workbook, http.RequestAborted);
        return Results.File(workbook.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(snapshot, "xlsx"));
    }

    private static async Task<IResult> WriteHtmlAsync(Guid id, ReviewService reviews, IOptions<PlatformOptions> options, HttpContext http) =>
        await reviews.FindAsync(id, http.RequestAborted) is { } snapshot
            ? ReviewHtmlPage.Result(snapshot, options.Value.ProvinceName, http.Response)
            : NotFound();

    private static IResult NotFound() =>
        SharedKernel.Errors.ErrorResponse.Json(SharedKernel.Errors.ErrorCodes.NotFound, "Không có đợt sơ kết, tổng kết này.", StatusCodes.Status404NotFound);

    private static string FileName(ReviewSnapshot snapshot, string extension) =>
        $"{(snapshot.Kind == ReviewKind.Final ? "tong-ket" : "so-ket")}-{snapshot.AsOf:yyyy-MM-dd}.{extension}";
}
