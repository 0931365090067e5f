namespace TriThuc.Modules.Science.Councils;

/// <summary>Either <see cref="IntellectualId"/> or an external expert's name and organisation.</summary>
public sealed class CouncilMemberInput
{
    public Guid? IntellectualId { get; init; }

    public string? ExpertName { get; init; }

    public string? ExpertOrganisation { get; init; }

    public CouncilRole Role { get; init; }
}
