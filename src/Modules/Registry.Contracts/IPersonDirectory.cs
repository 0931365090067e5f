namespace TriThuc.Modules.Registry.Contracts;

/// <summary>Batched look-ups of Registry persons for other modules: each call is one query, whatever the number of persons.</summary>
public interface IPersonDirectory
{
    /// <summary>The persons with these ids; unknown ids are absent from the answer.</summary>
    Task<IReadOnlyDictionary<Guid, PersonSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The persons a query selects (<see cref="PeopleQuery"/>), ordered by name.</summary>
    Task<IReadOnlyList<PersonSummary>> FindAsync(PeopleQuery query, CancellationToken cancellationToken);
}
