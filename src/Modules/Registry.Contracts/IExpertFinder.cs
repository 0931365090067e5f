using TriThuc.SharedKernel.Experts;

namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The expert finder behind the Registry's <c>experts</c> field, for a module that proposes people (Science's council
/// candidates): the same ranking, the same evidence, the same refusals.
/// </summary>
public interface IExpertFinder
{
    /// <summary>Everyone with evidence, best first (score, then amount of evidence, then id).</summary>
    Task<IReadOnlyList<RankedExpert>> RankAsync(ExpertSearch search, CancellationToken cancellationToken);
}

/// <summary>What to look for.</summary>
/// <param name="Topic">Text matched without diacritics; null or blank to take every record of <paramref name="Field"/>, which is then required.</param>
/// <param name="Field">Only evidence in this expertise field (code or name).</param>
/// <param name="UnitId">Only people of this unit and the units below it.</param>
/// <param name="ExcludeConflictsWithProject">Leave out the people with a conflict of interest with this project.</param>
public sealed record ExpertSearch(string? Topic, string? Field = null, Guid? UnitId = null, Guid? ExcludeConflictsWithProject = null);

/// <summary>One person ranked: the sum of their evidence's weights, and the evidence, weightiest first.</summary>
public sealed record RankedExpert(Guid PersonId, int Score, IReadOnlyList<ExpertEvidence> Evidence);
