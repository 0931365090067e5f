using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Registry.GraphQL;

/// <summary>One entry of a record's change history, shown on the record itself.</summary>
public sealed class RecordChangeType : ObjectGraphType<AuditEntry>
{
    /// <summary>Fields whose old and new values only callers allowed to read personal data may see in the history.</summary>
    public static readonly IReadOnlySet<string> SensitiveProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "DateOfBirth", "EthnicGroupCode", "NationalId", "Phone",
    };

    public RecordChangeType()
    {
        Name = "RecordChange";
        Description = "Một lần thay đổi hồ sơ: ai, khi nào, trường nào, từ giá trị nào sang giá trị nào.";
        Field<NonNullGraphType<StringGraphType>>("action").Description("Created, Updated hoặc Deleted.").Resolve(c => c.Source.Action.ToString());
        Field(e => e.ChangedBy).Description("Người thay đổi.");
        Field(e => e.ChangedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm thay đổi.");
        Field<NonNullGraphType<StringGraphType>>("changes")
            .Description("Các trường đã đổi, dạng JSON: tên trường → { before, after }. Giá trị của trường nhạy cảm bị ẩn nếu bạn không có quyền đọc dữ liệu cá nhân.")
            .Resolve(c =>
            {
                var user = c.RequestServices!.GetRequiredService<ICurrentUser>().Access;
                return user.HasPermission(Permissions.PersonalDataRead) ? c.Source.Changes : Redact(c.Source.Changes);
            });
    }

    private static string Redact(string changes)
    {
        if (JsonNode.Parse(changes) is not JsonObject fields)
        {
            return changes;
        }

        foreach (var name in fields.Select(f => f.Key).Where(SensitiveProperties.Contains).ToList())
        {
            fields[name] = new JsonObject { ["redacted"] = true };
        }

        return fields.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
