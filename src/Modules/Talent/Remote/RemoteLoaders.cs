namespace TriThuc.Modules.Talent.Remote;

/// <summary>Per request, the remote-area entitlements of a whole page of people at once.</summary>
public sealed class RemoteLoaders(RemoteSupportService remote)
{
    public BatchLoader<Guid, IReadOnlyList<RemoteEntitlement>> ByPerson { get; } =
        GroupedLoader.Of<Guid, RemoteEntitlement>(remote.EntitlementsOfAsync, e => [e.PersonId]);
}
