using System.Text.Json;

namespace TriThuc.Testing;

/// <summary>Reading GraphQL answers in tests: a field's data (failing with the errors when there are any), ids, texts, the first error.</summary>
public static class GraphQLResults
{
    /// <summary>The field's data; fails the test with the errors when there are any.</summary>
    public static JsonElement Data(this JsonElement result, string field)
    {
        if (result.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL errors: {errors}");
        }

        return result.GetProperty("data").GetProperty(field);
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string? Text(this JsonElement element, string property) => element.GetProperty(property).GetString();

    public static (string? Code, string? Field, string? Message) FirstError(this JsonElement result)
    {
        if (!result.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"An error was expected, got {result}");
        }

        var error = errors[0];
        var extensions = error.GetProperty("extensions");
        return (
            extensions.GetProperty("code").GetString(),
            extensions.TryGetProperty("field", out var field) ? field.GetString() : null,
            error.GetProperty("message").GetString());
    }
}
