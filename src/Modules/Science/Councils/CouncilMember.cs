namespace TriThuc.Modules.Science.Councils;

/// <summary>A seat on a council, held either by a Registry person or by a named external expert, and the score they gave.</summary>
public sealed class CouncilMember : Entity
{
    public Guid CouncilId { get; set; }

    [DataSubject]
    public Guid? IntellectualId { get; set; }

    public string? ExpertName { get; set; }

    public string? ExpertOrganisation { get; set; }

    public CouncilRole Role { get; set; }

    /// <summary>0–100, null until the member has scored.</summary>
    public int? Score { get; set; }
}
