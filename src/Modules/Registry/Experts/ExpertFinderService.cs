using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;
using TriThuc.SharedKernel.Experts;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.Modules.Registry.Experts;

/// <summary>
/// The expert finder: asks every installed module's <see cref="IExpertEvidenceSource"/> once, counts evidence of records
/// merged away for the record kept, keeps the people of the unit's subtree, leaves out those with a conflict of interest
/// with a project (asked of the project's module), and ranks by score (the sum of the evidence's weights), then by the
/// amount of evidence, then by id so that pages never skip or repeat a person.
/// </summary>
public sealed class ExpertFinderService(
    RegistryDbContext db,
    UnitService units,
    IEnumerable<IExpertEvidenceSource> sources,
    IEnumerable<IConflictOfInterestSource> conflicts) : IExpertFinder
{
    /// <summary>A topic folded shorter than this would match nearly everything.</summary>
    public const int MinimumTopicLength = 2;

    /// <summary>How many merges in a row are followed to the record kept.</summary>
    private const int MaxMergeHops = 5;

    public async Task<Connection<RankedExpert>> PageAsync(ExpertSearch search, PagingArguments paging, CancellationToken cancellationToken)
    {
        if (VietnameseText.Fold(search.Topic).Length < MinimumTopicLength)
        {
            throw DomainException.Validation("topic", $"Nhập chủ đề cần tìm chuyên gia, ít nhất {MinimumTopicLength} ký tự (ví dụ \"y tế\", \"lúa nếp\").");
        }

        return await (await RankAsync(search, cancellationToken)).AsQueryable().ToConnectionAsync(paging, cancellationToken);
    }

    public async Task<IReadOnlyList<RankedExpert>> RankAsync(ExpertSearch search, CancellationToken cancellationToken)
    {
        var query = Query(search.Topic, search.Field);
        var subtree = search.UnitId is { } root ? await SubtreeAsync(root, cancellationToken) : null;
        var excluded = search.ExcludeConflictsWithProject is { } project ? await ConflictedAsync(project, cancellationToken) : new HashSet<Guid>();

        var evidence = new List<ExpertEvidence>();
        foreach (var source in sources)
        {
            evidence.AddRange(await source.FindAsync(query, cancellationToken));
        }

        var people = await PeopleAsync(evidence.Select(e => e.PersonId).ToHashSet(), cancellationToken);
        return evidence
            .Select(e => (Evidence: e, Person: Kept(e.PersonId, people)))
            .Where(x => x.Person is { } person && (subtree is null || subtree.Contains(person.UnitId)) && !excluded.Contains(person.Id))
            .GroupBy(x => x.Person!.Id, x => x.Evidence)
            .Select(g => new RankedExpert(g.Key, g.Sum(e => e.Weight), g
                .OrderByDescending(e => e.Weight).ThenByDescending(e => e.Year).ThenBy(e => e.Label, StringComparer.Ordinal).ToList()))
            .OrderByDescending(e => e.Score).ThenByDescending(e => e.Evidence.Count).ThenBy(e => e.PersonId)
            .ToList();
    }

    /// <summary>The question for the sources; without a topic, every record of the field (then required) is on it.</summary>
    private static ExpertQuery Query(string? topic, string? field)
    {
        var folded = VietnameseText.Fold(topic);
        string? fieldCode = null;
        if (!string.IsNullOrWhiteSpace(field))
        {
            fieldCode = ReferenceData.ExpertiseFieldCode(field)
                ?? throw DomainException.Validation("field", $"Không có lĩnh vực '{field}'. Chọn mã hoặc tên trong danh mục lĩnh vực (expertiseFields).");
        }

        if (folded.Length == 0)
        {
            return fieldCode is not null
                ? new ExpertQuery("", new HashSet<string> { fieldCode }, fieldCode)
                : throw DomainException.Validation("topic", "Nhập chủ đề hoặc chọn lĩnh vực cần tìm chuyên gia.");
        }

        var topicFields = ReferenceData.ExpertiseFields
            .Where(f => VietnameseText.Fold(f.Name).Contains(folded, StringComparison.Ordinal) || f.Code == folded)
            .Select(f => f.Code)
            .ToHashSet();
        return new ExpertQuery(folded, topicFields, fieldCode);
    }

    private async Task<HashSet<Guid>> SubtreeAsync(Guid root, CancellationToken cancellationToken) =>
        await db.Units.AnyAsync(u => u.Id == root, cancellationToken)
            ? await units.SubtreeAsync(root, cancellationToken)
            : throw DomainException.Validation("unitId", "Không có đơn vị này.");

    /// <summary>Asks each module whether the project is its own; the one that owns it names who may not judge it.</summary>
    private async Task<IReadOnlySet<Guid>> ConflictedAsync(Guid project, CancellationToken cancellationToken)
    {
        foreach (var source in conflicts)
        {
            if (await source.ConflictedWithAsync(project, cancellationToken) is { } people)
            {
                return people;
            }
        }

        throw DomainException.Validation("excludeConflictsWithProject", "Không có đề tài này (hoặc phân hệ quản lý đề tài không chạy).");
    }

    /// <summary>The people the evidence names, and the records they were merged into: a query per hop, few hops.</summary>
    private async Task<Dictionary<Guid, Person>> PeopleAsync(HashSet<Guid> ids, CancellationToken cancellationToken)
    {
        var people = new Dictionary<Guid, Person>();
        var wanted = ids.ToList();
        for (var hop = 0; hop <= MaxMergeHops && wanted.Count > 0; hop++)
        {
            var found = await db.Intellectuals.AsNoTracking().Where(p => wanted.Contains(p.Id))
                .Select(p => new Person(p.Id, p.UnitId, p.MergedIntoId))
                .ToListAsync(cancellationToken);
            foreach (var person in found)
            {
                people[person.Id] = person;
            }

            wanted = found.Where(p => p.MergedIntoId is { } kept && !people.ContainsKey(kept)).Select(p => p.MergedIntoId!.Value).Distinct().ToList();
        }

        return people;
    }

    private static Person? Kept(Guid id, Dictionary<Guid, Person> people)
    {
        for (var hop = 0; hop <= MaxMergeHops && people.TryGetValue(id, out var person); hop++)
        {
            if (person.MergedIntoId is not { } kept)
            {
                return person;
            }

            id = kept;
        }

        return null;
    }

    private sealed record Person(Guid Id, Guid UnitId, Guid? MergedIntoId);
}
