using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriThuc.SharedKernel.Data;

/// <summary>Reading an audit entry's changes: which are personal data, and the same changes with those values hidden.</summary>
public static class AuditChanges
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> PersonalFields(string changes) =>
        JsonNode.Parse(changes) is JsonObject fields
            ? fields.Where(f => f.Value is JsonObject change && change["personal"]?.GetValue<bool>() == true).Select(f => f.Key).ToList()
            : [];

    public static string WithoutPersonalValues(string changes)
    {
        if (JsonNode.Parse(changes) is not JsonObject fields)
        {
            return changes;
        }

        foreach (var name in PersonalFields(changes))
        {
            fields[name] = new JsonObject { ["personal"] = true, ["redacted"] = true };
        }

        return fields.ToJsonString(Json);
    }
}
