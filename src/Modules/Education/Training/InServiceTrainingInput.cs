namespace TriThuc.Modules.Education.Training;

public sealed class InServiceTrainingInput
{
    public Guid PersonId { get; init; }

    public string Title { get; init; } = "";

    public string Provider { get; init; } = "";

    public int Hours { get; init; }

    public DateOnly StartedOn { get; init; }
}
