using TriThuc.SharedKernel.Text;

namespace TriThuc.SharedKernel.Experts;

/// <summary>
/// What the expert finder asks every source.
/// </summary>
/// <param name="Topic">The topic folded (<see cref="VietnameseText.Fold"/>: no diacritics, lower case): compare it with folded titles and keywords, e.g. <c>SearchTitle.Contains(query.Topic)</c>.</param>
/// <param name="TopicFieldCodes">The expertise fields whose names contain the topic ("y te" → <c>health</c>): a record in one of them is on the topic too.</param>
/// <param name="FieldCode">When set, only evidence in this expertise field counts (for evidence without a field of its own, the person's field).</param>
public sealed record ExpertQuery(string Topic, IReadOnlySet<string> TopicFieldCodes, string? FieldCode)
{
    /// <summary>Whether a folded text or a field code puts a record on the topic; for sources that match in memory.</summary>
    public bool Matches(string? foldedText, string? fieldCode) =>
        (foldedText is not null && foldedText.Contains(Topic, StringComparison.Ordinal))
        || (fieldCode is not null && TopicFieldCodes.Contains(fieldCode));

    /// <summary>Whether the field filter lets a record of <paramref name="fieldCode"/> count.</summary>
    public bool InField(string? fieldCode) => FieldCode is null || FieldCode == fieldCode;
}
