namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// Whether an administrator has restricted the processing of a person's data (a data subject's right
/// under Law 91/2025/QH15). A module must not use a restricted person's data beyond storing it.
/// </summary>
public interface IProcessingRestrictions
{
    Task<bool> IsRestrictedAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="personIds"/> whose processing is restricted, in one query.</summary>
    Task<IReadOnlySet<string>> RestrictedAmongAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);
}
