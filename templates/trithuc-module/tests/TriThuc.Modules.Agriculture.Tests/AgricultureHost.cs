using TriThuc.Testing;

namespace TriThuc.Modules.Agriculture.Tests;

/// <summary>The shared small province (<see cref="ProvinceHost"/>) with the Agriculture module loaded beside the Registry.</summary>
public sealed class AgricultureHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Agriculture"];

    public string Editor => EditorOf("Agriculture");
}
