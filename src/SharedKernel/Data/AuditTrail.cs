using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.SharedKernel.Data;

/// <summary>Turns one tracked change into an <see cref="AuditEntry"/>.</summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> StampFields =
        [nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt), nameof(Entity.UpdatedBy)];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static bool IsPersonal(System.Reflection.PropertyInfo? property) =>
        property is not null && Attribute.IsDefined(property, typeof(PersonalDataAttribute));

    public static AuditEntry Describe(EntityEntry entry, ICurrentUser user, DateTimeOffset now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };

        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties.Where(p => !StampFields.Contains(p.Metadata.Name)))
        {
            var personal = IsPersonal(property.Metadata.PropertyInfo) ? true : (bool?)null;
            switch (action)
            {
                case AuditAction.Created:
                    changes[property.Metadata.Name] = new { after = property.CurrentValue, personal };
                    break;
                case AuditAction.Deleted:
                    changes[property.Metadata.Name] = new { before = property.OriginalValue, personal };
                    break;
                case AuditAction.Updated when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[property.Metadata.Name] = new { before = property.OriginalValue, after = property.CurrentValue, personal };
                    break;
            }
        }

        return new AuditEntry
        {
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = ((Entity)entry.Entity).Id.ToString(),
            Action = action,
            ChangedBy = user.Id,
            ChangedAt = now,
            RequestId = user.RequestId,
            Changes = JsonSerializer.Serialize(changes, Json),
        };
    }
}
