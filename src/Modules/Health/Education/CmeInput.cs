namespace TriThuc.Modules.Health.Education;

public sealed class CmeInput
{
    public Guid PersonId { get; init; }

    public string Title { get; init; } = "";

    public string Provider { get; init; } = "";

    public CmeForm Form { get; init; }

    public DateOnly StartedOn { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public int Hours { get; init; }

    public string? Certificate { get; init; }
}
