namespace TriThuc.Modules.Science.Initiatives;

/// <summary>An initiative or patent, held by one or more Registry persons, recognised at a level in a year.</summary>
public sealed class Initiative : TitledEntity
{
    public InitiativeKind Kind { get; set; }

    /// <summary>The certificate or patent number, when there is one.</summary>
    public string? Number { get; set; }

    public RecognitionLevel Level { get; set; }

    public int Year { get; set; }

    public List<InitiativeHolder> Holders { get; set; } = [];
}
