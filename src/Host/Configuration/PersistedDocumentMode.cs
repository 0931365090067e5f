namespace TriThuc.Host.Configuration;

public enum PersistedDocumentMode
{
    /// <summary>Any document; one sent with its hash is kept, so that later requests may send the hash alone.</summary>
    Automatic,

    /// <summary>Only documents on the allowlist, sent whole or by hash (trusted documents): no other document runs.</summary>
    AllowlistOnly,
}
