namespace TriThuc.Modules.Talent.Experts;

/// <summary>The filters of the list of experts; every one is optional and they combine with AND.</summary>
public sealed class ExpertFilter
{
    public string? Search { get; init; }

    public ExpertOrigin? Origin { get; init; }

    public string? FieldCode { get; init; }

    public Guid? HostUnitId { get; init; }
}
