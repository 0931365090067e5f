namespace TriThuc.Modules.Talent.Remote;

public sealed class RemotePostingInput
{
    public Guid PersonId { get; init; }

    public Guid UnitId { get; init; }

    public string Decision { get; init; } = "";

    public DateOnly StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }
}
