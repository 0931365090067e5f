using System.Text.Json;

namespace TriThuc.Modules.Registry.Tests;

internal static class RegistryTestHelpers
{
    public static (string? Code, string? Field, string? Message) FirstError(this JsonElement result)
    {
        var error = result.GetProperty("errors")[0];
        var extensions = error.GetProperty("extensions");
        return (
            extensions.GetProperty("code").GetString(),
            extensions.TryGetProperty("field", out var field) ? field.GetString() : null,
            error.GetProperty("message").GetString());
    }

    public static List<string?> Names(this JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("fullName").GetString()).ToList();
}
