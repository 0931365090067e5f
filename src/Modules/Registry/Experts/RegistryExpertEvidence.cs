using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Experts;

namespace TriThuc.Modules.Registry.Experts;

/// <summary>
/// The Registry's evidence for the expert finder: degrees whose major (ngành) or field is on the topic, and the
/// academic titles of people whose field is on the topic or who hold such a degree. Three queries for everyone.
/// </summary>
internal sealed class RegistryExpertEvidence(RegistryDbContext db) : IExpertEvidenceSource
{
    private const string Module = "Registry";

    public async Task<IReadOnlyList<ExpertEvidence>> FindAsync(ExpertQuery query, CancellationToken cancellationToken)
    {
        // Majors are free text without a folded column, but there are few distinct ones: fold those in memory.
        var majors = (await db.Qualifications.Select(q => q.Field).Distinct().ToListAsync(cancellationToken))
            .Where(major => query.Matches(VietnameseText.Fold(major), null))
            .ToList();
        var topicFields = query.TopicFieldCodes.ToList();
        var field = query.FieldCode;
        var degrees = await (
                from q in db.Qualifications
                join p in db.Intellectuals on q.IntellectualId equals p.Id
                where majors.Contains(q.Field) || (q.FieldCode != null && topicFields.Contains(q.FieldCode))
                where field == null || (q.FieldCode ?? p.FieldCode) == field
                select new { q.Id, q.IntellectualId, q.Degree, q.Field, q.Year })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var holders = degrees.Select(d => d.IntellectualId).Distinct().ToList();
        var titled = await db.Intellectuals.AsNoTracking()
            .Where(p => p.AcademicTitle != null && (topicFields.Contains(p.FieldCode) || holders.Contains(p.Id)))
            .Where(p => field == null || p.FieldCode == field)
            .Select(p => new { p.Id, p.AcademicTitle, p.AcademicTitleYear })
            .ToListAsync(cancellationToken);

        return degrees
            .Select(d => new ExpertEvidence(d.IntellectualId, ExpertEvidenceKind.Degree, Module, d.Id,
                $"{EnumLabels.Of(d.Degree)} {d.Field}", d.Year, ExpertWeights.Degree(DegreeLadder.RankOf(d.Degree))))
            .Concat(titled.Select(p => new ExpertEvidence(p.Id, ExpertEvidenceKind.Title, Module, null,
                EnumLabels.Of(p.AcademicTitle!.Value), p.AcademicTitleYear,
                p.AcademicTitle == AcademicTitle.Professor ? ExpertWeights.Professor : ExpertWeights.AssociateProfessor)))
            .ToList();
    }
}
