using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.Host.Privacy;

/// <summary>The legal basis or consent under which one person's data is processed, as an administrator recorded it.</summary>
public sealed class ProcessingBasis : Entity
{
    public string PersonId { get; set; } = "";

    public ProcessingBasisKind Kind { get; set; }

    /// <summary>The document it rests on: a consent form number, a decision, an article of law.</summary>
    public string Reference { get; set; } = "";

    public string? Note { get; set; }
}
