using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Data;

/// <summary>Optimistic concurrency for <see cref="IVersioned"/> records, the same in every module.</summary>
public static class Versions
{
    public const string StaleMessage = "Hồ sơ này vừa được người khác sửa sau khi bạn mở nó; hãy tải lại để xem thay đổi rồi sửa lại.";

    /// <summary>
    /// Refuses a change made from another version than the one stored (CONFLICT on <c>version</c>), and makes the save
    /// check it again in the database, so that a colleague's save between this read and this write is caught too.
    /// </summary>
    public static void Expect<T>(this DbContext db, T record, int version)
        where T : class, IVersioned
    {
        if (record.Version != version)
        {
            throw Stale();
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = version;
    }

    /// <summary>
    /// Makes this save a change of <paramref name="record"/> though none of its own fields change, so that the saves of
    /// what hangs off it are serialised on it: each adds one to its version, and of two made from the same version the
    /// second is refused (CONFLICT on <c>version</c>) instead of both passing rules that each checked without the other
    /// (two charter amendments of an association recorded at the same moment, each "after the last amendment").
    /// Read <paramref name="record"/> before what the rules read: a change saved in between then either shows in those
    /// reads or makes this save's version stale.
    /// </summary>
    public static void SerialiseOn<T>(this DbContext db, T record)
        where T : class, IVersioned =>
        db.Entry(record).Property(r => r.Version).IsModified = true;

    public static DomainException Stale() => DomainException.Conflict(StaleMessage, "version");

    /// <summary>A save refused because the record changed since it was read (EF Core's concurrency check).</summary>
    public static bool IsStale(Exception exception) => exception is DbUpdateConcurrencyException;
}
