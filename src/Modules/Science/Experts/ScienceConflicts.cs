using TriThuc.Modules.Science.Data;
using TriThuc.SharedKernel.Experts;

namespace TriThuc.Modules.Science.Experts;

/// <summary>
/// Who has a conflict of interest with a Science project: its participants (lead and members), the same rule that keeps
/// them off its councils (<see cref="Projects.ScienceProject.Participants"/>, checked by <c>CouncilService</c>).
/// </summary>
internal sealed class ScienceConflicts(ScienceDbContext db) : IConflictOfInterestSource
{
    public async Task<IReadOnlySet<Guid>?> ConflictedWithAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken) is { } project
            ? project.Participants.ToHashSet()
            : null;
}
