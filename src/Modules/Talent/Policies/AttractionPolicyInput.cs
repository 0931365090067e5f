namespace TriThuc.Modules.Talent.Policies;

public sealed class AttractionPolicyInput
{
    public string Code { get; init; } = "";

    public string Title { get; init; } = "";

    public string? ExclusionGroup { get; init; }

    public PolicyVersionInput Version { get; init; } = new();
}
