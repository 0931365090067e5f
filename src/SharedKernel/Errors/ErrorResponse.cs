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

    public static IResult Json(string code, string message, int statusCode) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, Options, statusCode: statusCode);
}
