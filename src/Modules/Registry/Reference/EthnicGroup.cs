namespace TriThuc.Modules.Registry.Reference;

/// <summary>One of Vietnam's 54 ethnic groups (dân tộc), with the statistics office's code.</summary>
public sealed class EthnicGroup
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Every group but the Kinh majority is an ethnic minority (dân tộc thiểu số).</summary>
    public bool IsMinority { get; set; }
}
