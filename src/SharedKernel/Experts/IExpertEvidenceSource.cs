namespace TriThuc.SharedKernel.Experts;

/// <summary>
/// A module's evidence that people know a topic, for the expert finder: degrees and titles (Registry), projects and
/// council seats (Science), research outputs (University). Implement it once per module (registered by convention,
/// scoped); the Registry's <c>experts</c> field asks every installed source once per search and ranks the people.
/// </summary>
public interface IExpertEvidenceSource
{
    /// <summary>
    /// Every item of the module's evidence on the topic, for everyone at once: a fixed number of queries whatever the
    /// number of people, never one per person. Items of people merged away may be returned; the finder counts them for
    /// the record kept.
    /// </summary>
    Task<IReadOnlyList<ExpertEvidence>> FindAsync(ExpertQuery query, CancellationToken cancellationToken);
}
