namespace TriThuc.Modules.Registry.Reference;

/// <summary>A field of expertise (lĩnh vực chuyên môn) the programme plans by.</summary>
public sealed class ExpertiseField
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
