using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.SystemTextJson;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// graphql-dotnet's System.Text.Json serializer, set to write Vietnamese as plain UTF-8, with
/// span-based reading and buffer-writer writing so the endpoint copies no body through strings.
/// </summary>
internal sealed class PlatformJsonSerializer(IOptions<PlatformOptions> options) : GraphQLSerializer(
    json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    new PlatformErrorInfoProvider(options.Value.GraphQL.EnableFieldSuggestions))
{
    public T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, SerializerOptions);

    public void Write(IBufferWriter<byte> output, object value)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(writer, value, value.GetType(), SerializerOptions);
    }
}
