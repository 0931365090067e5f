namespace TriThuc.Modules.Science.Initiatives;

public sealed class InitiativeInput
{
    public InitiativeKind Kind { get; init; }

    public string Title { get; init; } = "";

    public string? Number { get; init; }

    public RecognitionLevel Level { get; init; }

    public int Year { get; init; }

    public IReadOnlyList<Guid> HolderIds { get; init; } = [];
}
