using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// The one place every module honours a restriction of processing: before a save, the people named by the
/// <see cref="DataSubjectAttribute"/> properties of the records it adds or changes are looked up in one query, and the
/// save is refused (<see cref="ErrorCodes.ProcessingRestricted"/>) if any is restricted. Deleting stays possible.
/// </summary>
public static class RestrictedProcessing
{
    public const string Message = "Dữ liệu của người này đang bị hạn chế xử lý theo yêu cầu của chủ thể dữ liệu: chỉ được lưu giữ, không được thêm hay sửa. Hãy liên hệ quản trị viên.";

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> SubjectProperties = new();

    public static async Task RefuseAsync(DbContext? context, IProcessingRestrictions? restrictions, CancellationToken cancellationToken)
    {
        if (context is null || restrictions is null)
        {
            return;
        }

        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in SubjectProperties.GetOrAdd(entry.Entity.GetType(), Of))
            {
                if (property.GetValue(entry.Entity) is Guid id && id != Guid.Empty)
                {
                    named.TryAdd(id.ToString(), property.Name);
                }
            }
        }

        if (named.Count == 0)
        {
            return;
        }

        var restricted = await restrictions.RestrictedAmongAsync(named.Keys, cancellationToken);
        if (restricted.Count > 0)
        {
            var property = named[restricted.First()];
            throw new DomainException(ErrorCodes.ProcessingRestricted, Message, char.ToLowerInvariant(property[0]) + property[1..]);
        }
    }

    private static PropertyInfo[] Of(Type type) =>
        type.GetProperties().Where(p => p.IsDefined(typeof(DataSubjectAttribute)) && (p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?))).ToArray();
}
