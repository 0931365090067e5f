using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// The one place every module honours a restriction of processing: before a save, the people named by the
/// <see cref="DataSubjectAttribute"/> properties of the records it adds or changes, and those named through other records
/// (<see cref="DataSubjectViaAttribute"/>, one query per kind of record and step), are looked up in one query, and the save is
/// refused (<see cref="ErrorCodes.ProcessingRestricted"/>) if any is restricted. Deleting stays possible.
/// </summary>
public static class RestrictedProcessing
{
    public const string Message = "Dữ liệu của người này đang bị hạn chế xử lý theo yêu cầu của chủ thể dữ liệu: chỉ được lưu giữ, không được thêm hay sửa. Hãy liên hệ quản trị viên.";

    /// <summary>The longest chain of records a person is read through; the modules' longest takes two.</summary>
    private const int MaxSteps = 4;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> SubjectProperties = new();

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, DataSubjectViaAttribute Via)[]> ViaProperties = new();

    private static readonly MethodInfo ValuesViaMethod = typeof(RestrictedProcessing).GetMethod(nameof(ValuesViaAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Task RefuseAsync(DbContext? context, IProcessingRestrictions? restrictions, CancellationToken cancellationToken) =>
        context is null
            ? Task.CompletedTask
            : RefuseAsync(context, context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity),
                restrictions, cancellationToken);

    /// <summary>
    /// The same for <paramref name="records"/> written past the change tracker (<see cref="BulkInsert"/>, an import's
    /// staging); <paramref name="context"/> is where the records a <see cref="DataSubjectViaAttribute"/> names are read.
    /// </summary>
    public static async Task RefuseAsync(DbContext? context, IEnumerable<object> records, IProcessingRestrictions? restrictions, CancellationToken cancellationToken)
    {
        if (restrictions is null)
        {
            return;
        }

        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Keyed by the attribute's values, not the attribute: an attribute's equality and hash are worked out by reflection.
        var via = new Dictionary<(Type Record, string Property, string Name), HashSet<Guid>>();
        foreach (var record in records)
        {
            var type = record.GetType();
            foreach (var property in SubjectProperties.GetOrAdd(type, SubjectsOf))
            {
                if (property.GetValue(record) is Guid id && id != Guid.Empty)
                {
                    named.TryAdd(id.ToString(), property.Name);
                }
            }

            foreach (var (property, through) in ViaProperties.GetOrAdd(type, ViasOf))
            {
                if (property.GetValue(record) is Guid id && id != Guid.Empty)
                {
                    var key = (through.Record, through.Property, property.Name);
                    (via.TryGetValue(key, out var ids) ? ids : via[key] = []).Add(id);
                }
            }
        }

        if (via.Count > 0)
        {
            _ = context ?? throw new InvalidOperationException("Records that name their person through another record are checked against a context.");
            await AddPeopleViaAsync(context, via, named, cancellationToken);
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

    /// <summary>
    /// Reads the people the records name through others, into <paramref name="named"/>: one query per kind of record
    /// and step. A step that reads another mark's id (a disbursement names a grant, whose application names the applicant)
    /// takes one more; <see cref="MaxSteps"/> stops a chain of marks that runs in a circle.
    /// </summary>
    private static async Task AddPeopleViaAsync(DbContext context, Dictionary<(Type Record, string Property, string Name), HashSet<Guid>> via,
        Dictionary<string, string> named, CancellationToken cancellationToken)
    {
        for (var step = 1; via.Count > 0; step++)
        {
            if (step > MaxSteps)
            {
                throw new InvalidOperationException($"Records name their person through more than {MaxSteps} others: a circle of [DataSubjectVia] marks ({string.Join(", ", via.Keys.Select(k => $"{k.Record.Name}.{k.Property}"))}).");
            }

            var next = new Dictionary<(Type Record, string Property, string Name), HashSet<Guid>>();
            foreach (var ((record, property, name), ids) in via)
            {
                var values = await (Task<List<Guid?>>)ValuesViaMethod.MakeGenericMethod(record).Invoke(null, [context, ids.ToList(), property, cancellationToken])!;
                var further = record.GetProperty(property)?.GetCustomAttribute<DataSubjectViaAttribute>();
                foreach (var value in values.OfType<Guid>().Where(v => v != Guid.Empty))
                {
                    if (further is null)
                    {
                        named.TryAdd(value.ToString(), name);
                    }
                    else
                    {
                        var key = (further.Record, further.Property, name);
                        (next.TryGetValue(key, out var nextIds) ? nextIds : next[key] = []).Add(value);
                    }
                }
            }

            via = next;
        }
    }

    /// <summary>The values the records of type <typeparamref name="TRecord"/> with these ids hold in <paramref name="property"/>, as stored.</summary>
    private static Task<List<Guid?>> ValuesViaAsync<TRecord>(DbContext context, List<Guid> ids, string property, CancellationToken cancellationToken)
        where TRecord : class =>
        context.Set<TRecord>().AsNoTracking().Where(r => ids.Contains(EF.Property<Guid>(r, "Id"))).Select(r => EF.Property<Guid?>(r, property)).ToListAsync(cancellationToken);

    private static PropertyInfo[] SubjectsOf(Type type) =>
        type.GetProperties().Where(p => p.IsDefined(typeof(DataSubjectAttribute)) && IsId(p)).ToArray();

    private static (PropertyInfo, DataSubjectViaAttribute)[] ViasOf(Type type) =>
        [.. from property in type.GetProperties()
            where IsId(property)
            let via = property.GetCustomAttribute<DataSubjectViaAttribute>()
            where via is not null
            select (property, via)];

    private static bool IsId(PropertyInfo property) => property.PropertyType == typeof(Guid) || property.PropertyType == typeof(Guid?);
}
