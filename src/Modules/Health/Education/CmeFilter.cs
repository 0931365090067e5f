namespace TriThuc.Modules.Health.Education;

/// <summary>The filters of the list of activities; every one is optional and they combine with AND.</summary>
public sealed class CmeFilter
{
    public Guid? PersonId { get; init; }

    /// <summary>Completed (true), or still running (false).</summary>
    public bool? Completed { get; init; }

    /// <summary>Completed on or after this day.</summary>
    public DateOnly? CompletedFrom { get; init; }

    /// <summary>Completed on or before this day.</summary>
    public DateOnly? CompletedTo { get; init; }
}
