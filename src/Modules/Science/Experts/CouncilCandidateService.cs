using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Experts;

/// <summary>
/// Proposes members for a project's councils from the Registry's expert finder: people with evidence on the topic asked
/// (or, without one, in the project's field), without the project's participants (the conflict rule of councils) and
/// without those already seated on one of its councils.
/// </summary>
public sealed class CouncilCandidateService(ScienceDbContext db, IExpertFinder finder)
{
    public const int MaxCandidates = 50;

    public async Task<IReadOnlyList<RankedExpert>> ProposeAsync(Guid projectId, string? topic, int first, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxCandidates)
        {
            throw DomainException.Validation("first", $"Số người đề xuất phải từ 1 đến {MaxCandidates}.");
        }

        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw DomainException.NotFound("Không có đề tài này.");
        var seated = await db.CouncilMembers.AsNoTracking()
            .Where(m => m.IntellectualId != null && db.Councils.Any(c => c.Id == m.CouncilId && c.ProjectId == projectId))
            .Select(m => m.IntellectualId!.Value)
            .ToListAsync(cancellationToken);
        var search = string.IsNullOrWhiteSpace(topic)
            ? new ExpertSearch(null, project.FieldCode, ExcludeConflictsWithProject: projectId)
            : new ExpertSearch(topic, ExcludeConflictsWithProject: projectId);
        return (await finder.RankAsync(search, cancellationToken)).Where(e => !seated.Contains(e.PersonId)).Take(first).ToList();
    }
}
