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
