namespace TriThuc.SharedKernel.Domain;

/// <summary>
/// A record clerks edit, carrying a version for optimistic concurrency: every save that changes it adds one, and a
/// save made from an older version is refused (CONFLICT) instead of silently overwriting a colleague's change. The
/// version is also what makes the audit trail's "before" exactly the state committed before the change: a save can
/// only succeed if nobody committed in between. <see cref="Data.ModuleDbContext"/> maps it as a concurrency token.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
