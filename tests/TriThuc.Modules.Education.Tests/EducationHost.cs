using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>The shared small province (<see cref="ProvinceHost"/>) with the Education module loaded beside the Registry.</summary>
public sealed class EducationHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Education"];

    public string Editor => EditorOf("Education");
}
