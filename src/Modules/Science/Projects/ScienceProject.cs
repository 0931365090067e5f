namespace TriThuc.Modules.Science.Projects;

/// <summary>A science &amp; technology project (đề tài, nhiệm vụ KH&amp;CN), led by a Registry person and hosted by a Registry unit.</summary>
public sealed class ScienceProject : TitledEntity
{
    public string Code { get; set; } = "";

    public ProjectLevel Level { get; set; }

    /// <summary>A code of the Registry's list of expertise fields (e.g. "agriculture").</summary>
    public string FieldCode { get; set; } = "";

    [DataSubject]
    public Guid LeadId { get; set; }

    public Guid HostUnitId { get; set; }

    /// <summary>VND from the state budget.</summary>
    public long StateBudget { get; set; }

    /// <summary>VND from other sources (enterprises, the host's own funds...).</summary>
    public long OtherBudget { get; set; }

    public DateOnly PlannedStart { get; set; }

    public DateOnly PlannedEnd { get; set; }

    public ProjectStatus Status { get; set; } = ProjectStatus.Proposed;

    /// <summary>The day of the last transition.</summary>
    public DateOnly StatusSince { get; set; }

    public AcceptanceGrade? Grade { get; set; }

    public List<ProjectMember> Members { get; set; } = [];

    public ProjectApplication? Application { get; set; }

    public IEnumerable<Guid> Participants => Members.Select(m => m.IntellectualId).Prepend(LeadId);
}
