namespace TriThuc.Modules.Education.Training;

/// <summary>The filters of the list of courses; every one is optional and they combine with AND.</summary>
public sealed class InServiceTrainingFilter
{
    public Guid? PersonId { get; init; }

    public bool? Completed { get; init; }

    public string? Search { get; init; }
}
