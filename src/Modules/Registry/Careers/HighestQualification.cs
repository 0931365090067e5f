namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// Which of a person's degrees is the highest: the highest level on <see cref="DegreeLevel"/>, and of two on
/// the same level (a master's and a specialist level I) the later one.
/// </summary>
public static class HighestQualification
{
    public static IReadOnlyDictionary<Guid, Qualification> PerPerson(IEnumerable<Qualification> qualifications) =>
        qualifications.GroupBy(q => q.IntellectualId).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(q => DegreeLadder.RankOf(q.Degree)).ThenByDescending(q => q.Year).ThenBy(q => q.Id).First());
}
