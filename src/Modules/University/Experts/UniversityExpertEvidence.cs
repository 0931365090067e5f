using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Research;
using TriThuc.SharedKernel.Experts;

namespace TriThuc.Modules.University.Experts;

/// <summary>
/// The branch's evidence for the expert finder: research outputs whose title, keywords or field is on the topic, for
/// each author on the register, weighed by kind. One query for everyone.
/// </summary>
internal sealed class UniversityExpertEvidence(UniversityDbContext db) : IExpertEvidenceSource
{
    private const string Module = "University";

    public async Task<IReadOnlyList<ExpertEvidence>> FindAsync(ExpertQuery query, CancellationToken cancellationToken)
    {
        var topic = query.Topic;
        var topicFields = query.TopicFieldCodes.ToList();
        var field = query.FieldCode;
        var authored = await (
                from o in db.ResearchOutputs
                join a in db.ResearchOutputAuthors on o.Id equals a.OutputId
                where a.PersonId != null
                where o.SearchTitle.Contains(topic) || o.SearchKeywords.Contains(topic) || (o.FieldCode != null && topicFields.Contains(o.FieldCode))
                where field == null || o.FieldCode == field
                select new { o.Id, o.Title, o.Kind, o.Year, a.PersonId })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return authored
            .Select(o => new ExpertEvidence(o.PersonId!.Value, ExpertEvidenceKind.ResearchOutput, Module, o.Id,
                $"{EnumLabels.Of(o.Kind)}: {o.Title}", o.Year, Weight(o.Kind)))
            .ToList();
    }

    private static int Weight(ResearchOutputKind kind) => kind switch
    {
        ResearchOutputKind.IndexedArticle or ResearchOutputKind.Patent => ExpertWeights.MajorOutput,
        ResearchOutputKind.ConferencePaper => ExpertWeights.MinorOutput,
        _ => ExpertWeights.Output,
    };
}
