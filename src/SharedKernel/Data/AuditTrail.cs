using System.Buffers;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Turns one change into an <see cref="AuditEntry"/> whose changes read
/// <c>{"Field":{"before":…,"after":…,"personal":true}}</c> (null values and a false "personal" left out).
/// Written straight to JSON, since an import audits a hundred thousand records in one request.
/// </summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> StampFields =
        [nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt), nameof(Entity.UpdatedBy), nameof(IChained.ChainIndex), nameof(IChained.ChainHash)];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Writer = new() { Encoder = Json.Encoder };

    private static readonly JsonEncodedText Before = JsonEncodedText.Encode("before");
    private static readonly JsonEncodedText After = JsonEncodedText.Encode("after");
    private static readonly JsonEncodedText PersonalFlag = JsonEncodedText.Encode("personal");

    private static readonly ConcurrentDictionary<PropertyInfo, bool> Personal = new();

    private static bool IsPersonal(PropertyInfo? property) =>
        property is not null && Personal.GetOrAdd(property, p => Attribute.IsDefined(p, typeof(PersonalDataAttribute)));

    /// <summary>
    /// The entries for records created without the change tracker (<see cref="BulkInsert"/>), the same as SaveChanges
    /// writes: what every entry repeats (property names, getters, who and when) is worked out once, and one
    /// JSON writer serves them all.
    /// </summary>
    public static IEnumerable<AuditEntry> DescribeCreated(IEntityType entityType, IEnumerable<Entity> records, string changedBy, string? requestId, DateTimeOffset now)
    {
        var properties = entityType.GetProperties().Where(p => !StampFields.Contains(p.Name))
            .Select(p => (Name: JsonEncodedText.Encode(p.Name, Writer.Encoder), Getter: p.GetGetter(), Personal: IsPersonal(p.PropertyInfo)))
            .ToArray();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, Writer);
        foreach (var record in records)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            foreach (var (name, getter, personal) in properties)
            {
                WriteChange(writer, name, personal, before: null, after: getter.GetClrValue(record));
            }

            writer.WriteEndObject();
            writer.Flush();
            yield return Entry(entityType.ClrType, record, AuditAction.Created, changedBy, requestId, now, buffer.WrittenSpan);
        }
    }

    public static AuditEntry Describe(EntityEntry entry, ICurrentUser user, DateTimeOffset now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };

        return Entry(entry.Metadata.ClrType, (Entity)entry.Entity, action, user, now, writer =>
        {
            foreach (var property in entry.Properties.Where(p => !StampFields.Contains(p.Metadata.Name)))
            {
                switch (action)
                {
                    case AuditAction.Created:
                        WriteChange(writer, property.Metadata, before: null, after: property.CurrentValue);
                        break;
                    case AuditAction.Deleted:
                        WriteChange(writer, property.Metadata, before: property.OriginalValue, after: null);
                        break;
                    case AuditAction.Updated when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        WriteChange(writer, property.Metadata, before: property.OriginalValue, after: property.CurrentValue);
                        break;
                }
            }
        });
    }

    private static void WriteChange(Utf8JsonWriter writer, IProperty property, object? before, object? after) =>
        WriteChange(writer, JsonEncodedText.Encode(property.Name, Writer.Encoder), IsPersonal(property.PropertyInfo), before, after);

    private static void WriteChange(Utf8JsonWriter writer, JsonEncodedText name, bool personal, object? before, object? after)
    {
        writer.WriteStartObject(name);
        WriteValue(writer, Before, before);
        WriteValue(writer, After, after);
        if (personal)
        {
            writer.WriteBoolean(PersonalFlag, true);
        }

        writer.WriteEndObject();
    }

    /// <summary>A value as <see cref="JsonSerializer"/> writes it; the commonest types without its per-call cost.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, JsonEncodedText name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                writer.WriteString(name, text);
                return;
            case Guid guid:
                writer.WriteString(name, guid);
                return;
            case bool flag:
                writer.WriteBoolean(name, flag);
                return;
            case int number:
                writer.WriteNumber(name, number);
                return;
            case DateOnly date:
                writer.WriteString(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                return;
            case Enum:
                writer.WriteNumber(name, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            default:
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, value.GetType(), Json);
                return;
        }
    }

    private static AuditEntry Entry(Type type, Entity record, AuditAction action, ICurrentUser user, DateTimeOffset now, Action<Utf8JsonWriter> writeChanges)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            writer.WriteStartObject();
            writeChanges(writer);
            writer.WriteEndObject();
        }

        return Entry(type, record, action, user.Id, user.RequestId, now, buffer.WrittenSpan);
    }

    private static AuditEntry Entry(Type type, Entity record, AuditAction action, string changedBy, string? requestId, DateTimeOffset now, ReadOnlySpan<byte> changes) => new()
    {
        EntityType = type.Name,
        EntityId = record.Id.ToString(),
        Action = action,
        ChangedBy = changedBy,
        ChangedAt = now,
        RequestId = requestId,
        Changes = Encoding.UTF8.GetString(changes),
    };
}
