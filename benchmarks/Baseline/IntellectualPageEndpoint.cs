using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Text;

namespace TriThuc.Benchmarks.Baseline;

/// <summary>
/// GET /b2/intellectuals?unitId=&amp;search=: a page of 50 people of a unit's subtree whose name matches, with
/// unit, highest qualification and latest training, written by hand as one would without GraphQL. It does
/// the work the GraphQL field does — the subtree, the folded name search, the order by name then id, the
/// count — with its own queries.
/// </summary>
public static class IntellectualPageEndpoint
{
    private const int PageSize = 50;

    // Written as the host's GraphQL serializer writes: camelCase, Vietnamese as UTF-8, enum values as GraphQL names.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static async Task<IResult> HandleAsync(Guid unitId, string? search, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var subtree = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE subtree("Id") AS (
                SELECT {unitId}
                UNION
                SELECT u."Id" FROM "Units" u JOIN subtree s ON u."ParentId" = s."Id")
            SELECT "Id" AS "Value" FROM subtree
            """).ToListAsync(cancellationToken);

        var people = db.Intellectuals.AsNoTracking().Where(p => p.MergedIntoId == null && subtree.Contains(p.UnitId));
        var folded = VietnameseText.Fold(search);
        if (folded.Length > 0)
        {
            people = people.Where(p => p.SearchName.Contains(folded));
        }

        var total = await people.CountAsync(cancellationToken);
        var page = await (
                from p in people
                join u in db.Units on p.UnitId equals u.Id
                orderby p.SearchName, p.Id
                select new { p.Id, p.FullName, Unit = u.Name })
            .Take(PageSize)
            .ToListAsync(cancellationToken);

        var ids = page.Select(p => p.Id).ToList();
        var degrees = await db.Qualifications.AsNoTracking()
            .Where(q => ids.Contains(q.IntellectualId))
            .Select(q => new { q.Id, q.IntellectualId, q.Degree, q.Year })
            .ToListAsync(cancellationToken);
        var highest = degrees.GroupBy(q => q.IntellectualId).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(q => DegreeLadder.RankOf(q.Degree)).ThenByDescending(q => q.Year).ThenBy(q => q.Id).First());
        var latest = await db.Trainings.AsNoTracking()
            .Where(t => ids.Contains(t.IntellectualId))
            .GroupBy(t => t.IntellectualId)
            .Select(g => g.OrderByDescending(t => t.EndDate).ThenByDescending(t => t.StartDate).ThenByDescending(t => t.Id)
                .Select(t => new { t.IntellectualId, t.Title, t.EndDate }).First())
            .ToDictionaryAsync(t => t.IntellectualId, cancellationToken);

        var items = page.Select(p => new IntellectualRow(
                p.Id,
                p.FullName,
                new UnitName(p.Unit),
                highest.TryGetValue(p.Id, out var q) ? new DegreeAndYear(q.Degree, q.Year) : null,
                latest.TryGetValue(p.Id, out var t) ? new TrainingTitleAndEnd(t.Title, t.EndDate) : null))
            .ToList();
        return Results.Json(new IntellectualPageResponse(new IntellectualPageData(new IntellectualPage(total, items))), Json);
    }
}
