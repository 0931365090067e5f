namespace TriThuc.Modules.Registry.Contracts;

/// <summary>Batched look-up of Registry persons by id, for other modules' DataLoaders. Unknown ids are absent from the answer.</summary>
public interface IPersonDirectory
{
    Task<IReadOnlyDictionary<Guid, PersonSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
