namespace TriThuc.SharedKernel.Experts;

/// <summary>
/// Who may not judge a project: the module that owns the project says, by its own rule (Science: the project's lead and
/// members may not sit on its councils). Registered by convention, scoped.
/// </summary>
public interface IConflictOfInterestSource
{
    /// <summary>The people with a conflict of interest with project <paramref name="projectId"/>; null when this module has no such project.</summary>
    Task<IReadOnlySet<Guid>?> ConflictedWithAsync(Guid projectId, CancellationToken cancellationToken);
}
