using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Paging;

/// <summary>
/// A cursor holding the sort-key values of one row and the ordering they belong to, as opaque base64url text.
/// Clients must treat it as opaque; its form may change.
/// </summary>
internal static class KeysetCursor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Encode<T>(SortOrder<T> order, T row)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(order.Signature, order.Keys.Select(k => k.Read(row)).ToArray()), Json);
        return Convert.ToBase64String(payload).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static IReadOnlyList<object?> Decode<T>(SortOrder<T> order, string cursor, string argumentName)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var payload = JsonSerializer.Deserialize<RawPayload>(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')), Json);
            if (payload is { Order: var signature, Keys: { } keys } && signature == order.Signature && keys.Length == order.Keys.Count)
            {
                return keys.Select((value, i) => value.Deserialize(order.Keys[i].Type, Json)).ToList();
            }
        }
        catch (Exception error) when (error is FormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
        }

        throw DomainException.Validation(argumentName,
            $"Con trỏ phân trang '{cursor}' không hợp lệ với danh sách và thứ tự này; hãy lấy con trỏ từ pageInfo hoặc edges của chính danh sách đó.");
    }

    private sealed record Payload(string Order, object?[] Keys);

    private sealed record RawPayload(string Order, JsonElement[] Keys);
}
