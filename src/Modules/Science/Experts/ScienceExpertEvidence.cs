using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Projects;
using TriThuc.SharedKernel.Experts;

namespace TriThuc.Modules.Science.Experts;

/// <summary>
/// Science's evidence for the expert finder: leading or taking part in a project whose title or field is on the topic
/// (a rejected proposal does not count), and a seat on such a project's council. Two queries for everyone.
/// </summary>
internal sealed class ScienceExpertEvidence(ScienceDbContext db) : IExpertEvidenceSource
{
    private const string Module = "Science";

    public async Task<IReadOnlyList<ExpertEvidence>> FindAsync(ExpertQuery query, CancellationToken cancellationToken)
    {
        var topic = query.Topic;
        var topicFields = query.TopicFieldCodes.ToList();
        var field = query.FieldCode;
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.Status != ProjectStatus.Rejected)
            .Where(p => p.SearchTitle.Contains(topic) || topicFields.Contains(p.FieldCode))
            .Where(p => field == null || p.FieldCode == field)
            .Select(p => new { p.Id, p.Code, p.Title, p.LeadId, p.PlannedStart, Members = p.Members.Select(m => m.IntellectualId).ToList() })
            .ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var seats = await (
                from c in db.Councils
                join m in db.CouncilMembers on c.Id equals m.CouncilId
                where ids.Contains(c.ProjectId) && m.IntellectualId != null
                select new { c.ProjectId, c.Kind, c.FormedOn, m.IntellectualId, m.Role })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var byId = projects.ToDictionary(p => p.Id);
        return projects
            .SelectMany(p => p.Members.Distinct().Where(m => m != p.LeadId)
                .Select(m => new ExpertEvidence(m, ExpertEvidenceKind.Project, Module, p.Id, $"Thành viên đề tài {p.Code}: {p.Title}", p.PlannedStart.Year, ExpertWeights.ProjectMember))
                .Prepend(new ExpertEvidence(p.LeadId, ExpertEvidenceKind.Project, Module, p.Id, $"Chủ nhiệm đề tài {p.Code}: {p.Title}", p.PlannedStart.Year, ExpertWeights.ProjectLead)))
            .Concat(seats.Select(s => new ExpertEvidence(s.IntellectualId!.Value, ExpertEvidenceKind.CouncilSeat, Module, s.ProjectId,
                $"{EnumLabels.Of(s.Role)} {EnumLabels.Of(s.Kind).ToLowerInvariant()} đề tài {byId[s.ProjectId].Code}: {byId[s.ProjectId].Title}",
                s.FormedOn.Year, ExpertWeights.CouncilSeat)))
            .ToList();
    }
}
