namespace TriThuc.Host.Configuration;

/// <summary>Documents a client sends by hash (<c>TriThuc:GraphQL:PersistedDocuments</c>).</summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>
    /// <see cref="PersistedDocumentMode.Automatic"/>: any document, and a client may register one by hash (Apollo's automatic
    /// persisted queries). <see cref="PersistedDocumentMode.AllowlistOnly"/>: only the documents in <see cref="AllowlistPath"/>.
    /// </summary>
    public PersistedDocumentMode Mode { get; set; } = PersistedDocumentMode.Automatic;

    /// <summary>
    /// A JSON manifest <c>{ "&lt;sha256 hex&gt;": "&lt;document&gt;" }</c>, keys optionally prefixed <c>sha256:</c> (GraphQL Code Generator's persisted-documents.json), or a
    /// folder of them, one per frontend; relative to the host's binaries unless absolute. Loaded at start.
    /// </summary>
    public string? AllowlistPath { get; set; }

    /// <summary>
    /// Most characters of automatically registered documents kept in memory (about 2 bytes each); past it, the least
    /// recently used are forgotten and a new one may not be kept until then: clients simply send it again.
    /// </summary>
    public long MaxRegisteredCharacters { get; set; } = 10_000_000;
}
