namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Two Registry records turned out to be one person: <see cref="MergedId"/> now lives on as
/// <see cref="KeptId"/>. Modules that refer to persons re-point their references from the merged id.
/// </summary>
public sealed record IntellectualsMerged(Guid KeptId, Guid MergedId) : IntegrationEvent;
