namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// When each person's professional working life began, as far as the Registry knows it: the year of their first
/// qualification or, if earlier, of their first leadership post. The Registry keeps no date of recruitment, so this is
/// the earliest year its records vouch for. One query, whatever the number of persons.
/// </summary>
public interface IWorkingYears
{
    /// <summary>The start year of each person who has such a record; persons without one are absent.</summary>
    Task<IReadOnlyDictionary<Guid, int>> StartYearsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
