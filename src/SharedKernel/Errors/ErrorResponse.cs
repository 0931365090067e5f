using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TriThuc.SharedKernel.Errors;

/// <summary>
/// The error body of plain HTTP endpoints, shaped like a GraphQL error (<c>errors[].message</c>,
/// <c>errors[].extensions.code</c>) so that clients read both the same way; Vietnamese as plain UTF-8.
/// </summary>
public static class ErrorResponse
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(string code, string message, int statusCode, string? field = null) =>
        Results.Json(Body(code, message, field), Options, statusCode: statusCode);

    /// <summary>A refusal as an HTTP answer, with the status its code stands for (as GraphQL's HTTP answers use).</summary>
    public static IResult For(DomainException refused) => Json(refused.Code, refused.Message, StatusOf(refused.Code), refused.Field);

    /// <summary>The HTTP status of an error code: 403, 401, 404, 409, 503, 413, 500, else 400.</summary>
    public static int StatusOf(string code) => code switch
    {
        ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.Conflict => StatusCodes.Status409Conflict,
        ErrorCodes.Busy => StatusCodes.Status503ServiceUnavailable,
        ErrorCodes.RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.Internal => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Writes the error body straight to a response (for middleware, where there is no endpoint to return a result from).</summary>
    public static Task WriteAsync(HttpResponse response, string code, string message, int statusCode)
    {
        response.StatusCode = statusCode;
        return response.WriteAsJsonAsync(Body(code, message, null), Options, "application/json; charset=utf-8");
    }

    private static object Body(string code, string message, string? field) => field is null
        ? new { errors = new[] { new { message, extensions = (object)new { code } } } }
        : new { errors = new[] { new { message, extensions = (object)new { code, field } } } };
}
