namespace TriThuc.Modules.Talent.Experts;

/// <summary>An expert's work with a host unit of the province for a purpose and a period, by an approval decision, and what they work on.</summary>
public sealed class ExpertEngagement : Entity
{
    [DataSubjectVia(typeof(Expert), nameof(Expert.IntellectualId))]
    public Guid ExpertId { get; set; }

    /// <summary>The Registry unit that hosts the expert.</summary>
    public Guid HostUnitId { get; set; }

    public string Purpose { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    /// <summary>The last day; null when open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    public string ApprovalNumber { get; set; } = "";

    public DateOnly ApprovedOn { get; set; }

    public List<ExpertWork> Work { get; set; } = [];
}
