namespace TriThuc.Modules.Associations.Terms;

public sealed class TermInput
{
    public Guid AssociationId { get; init; }

    public string Title { get; init; } = "";

    public string CongressDecision { get; init; } = "";

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }
}
