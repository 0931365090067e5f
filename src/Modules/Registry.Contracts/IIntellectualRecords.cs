using GraphQL.DataLoader;

namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The Registry's person records for other modules' GraphQL fields, batched per request: what a field of the
/// Registry's <c>Intellectual</c> type resolves to. Use <see cref="PersonFieldExtensions"/> rather than this directly.
/// </summary>
public interface IIntellectualRecords
{
    /// <summary>The record, pending until the request's batch is fetched; null for an unknown id.</summary>
    IDataLoaderResult<object?> Load(Guid id);
}
