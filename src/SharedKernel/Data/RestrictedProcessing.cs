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

    public static Task RefuseAsync(DbContext? context, IProcessingRestrictions? restrictions, CancellationToken cancellationToken) =>
        context is null
            ? Task.CompletedTask
            : RefuseAsync(context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity),
                restrictions, cancellationToken);

    /// <summary>The same for records written past the change tracker (<see cref="BulkInsert"/>, an import's staging).</summary>
    public static async Task RefuseAsync(IEnumerable<object> records, IProcessingRestrictions? restrictions, CancellationToken cancellationToken)
    {
        if (restrictions is null)
        {
            return;
        }

        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            foreach (var property in SubjectProperties.GetOrAdd(record.GetType(), Of))
            {
                if (property.GetValue(record) is Guid id && id != Guid.Empty)
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
