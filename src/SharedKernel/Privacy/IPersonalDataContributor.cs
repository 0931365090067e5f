namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// A module's part of a data subject's export: everything the module holds about one person, as a
/// JSON-serialisable object (null when it holds nothing). Implement it once per module that keeps
/// personal data; the host gathers every module's part into one machine-readable file.
/// </summary>
public interface IPersonalDataContributor
{
    Task<object?> ExportAsync(string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the module holds anything about the person: the privacy mutations refuse a person no module knows.
    /// By default the export is made and thrown away; a module with a cheaper test overrides it.
    /// </summary>
    async Task<bool> HoldsAsync(string personId, CancellationToken cancellationToken) =>
        await ExportAsync(personId, cancellationToken) is not null;
}
