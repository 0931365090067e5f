namespace TriThuc.Modules.Agriculture.Things;

public sealed class ThingInput
{
    public Guid PersonId { get; init; }

    public Guid UnitId { get; init; }

    public string Title { get; init; } = "";

    public DateOnly StartedOn { get; init; }
}
