namespace TriThuc.SharedKernel.Experts;

/// <summary>One piece of evidence that a person knows a topic.</summary>
/// <param name="PersonId">The Registry person.</param>
/// <param name="Kind">What it is; <see cref="ExpertWeights"/> gives the usual weight of each.</param>
/// <param name="Module">The module that holds the record (e.g. "Science").</param>
/// <param name="RecordId">The record in that module (a degree, a project, an output), when there is one.</param>
/// <param name="Label">What a clerk reads, in Vietnamese: "Tiến sĩ Y tế công cộng (2015)", "Chủ nhiệm đề tài DT-01: …".</param>
/// <param name="Year">The year of the evidence, when known.</param>
/// <param name="Weight">Points this item adds to the person's score.</param>
public sealed record ExpertEvidence(Guid PersonId, ExpertEvidenceKind Kind, string Module, Guid? RecordId, string Label, int? Year, int Weight);
