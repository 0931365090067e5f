namespace TriThuc.Modules.Registry.Contracts;

/// <summary>Batched look-ups of Registry persons for other modules: each call is one query, whatever the number of persons.</summary>
public interface IPersonDirectory
{
    /// <summary>The persons with these ids; unknown ids are absent from the answer.</summary>
    Task<IReadOnlyDictionary<Guid, PersonSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The persons a query selects (<see cref="PeopleQuery"/>), ordered by name.</summary>
    Task<IReadOnlyList<PersonSummary>> FindAsync(PeopleQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The persons whose national ID has these keyed hashes (the platform's <c>NationalIdHasher</c>), hash to person id;
    /// a hash that is nobody's (or only a record merged into another's) is absent. Only hashes cross: never a number in
    /// clear. Answered from an index, in one query per batch.
    /// </summary>
    Task<IReadOnlyDictionary<string, Guid>> FindByNationalIdHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken);
}
