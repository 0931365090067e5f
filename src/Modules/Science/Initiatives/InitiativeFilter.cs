namespace TriThuc.Modules.Science.Initiatives;

public sealed class InitiativeFilter
{
    public InitiativeKind? Kind { get; init; }

    public RecognitionLevel? Level { get; init; }

    public int? Year { get; init; }

    public Guid? HolderId { get; init; }

    /// <summary>Title, ignoring diacritics and case.</summary>
    public string? Search { get; init; }
}
