using System.Text.Json;

namespace TriThuc.Modules.Science.Tests;

internal static class JsonAssertions
{
    /// <summary>The field's data; fails the test with the errors when there are any.</summary>
    public static JsonElement Data(this JsonElement result, string field)
    {
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty(field);
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string? Text(this JsonElement element, string property) => element.GetProperty(property).GetString();

    public static (string? Code, string? Field, string? Message) FirstError(this JsonElement result)
    {
        result.TryGetProperty("errors", out var errors).Should().BeTrue($"an error was expected, got {result}");
        var error = errors[0];
        var extensions = error.GetProperty("extensions");
        return (
            extensions.GetProperty("code").GetString(),
            extensions.TryGetProperty("field", out var field) ? field.GetString() : null,
            error.GetProperty("message").GetString());
    }
}
