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

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
            switch (action)
            {
                case AuditAction.Created:
                    changes[property.Metadata.Name] = new { after = property.CurrentValue };
                    break;
                case AuditAction.Deleted:
                    changes[property.Metadata.Name] = new { before = property.OriginalValue };
                    break;
                case AuditAction.Updated when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[property.Metadata.Name] = new { before = property.OriginalValue, after = property.CurrentValue };
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
