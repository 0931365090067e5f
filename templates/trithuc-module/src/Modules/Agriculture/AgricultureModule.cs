using TriThuc.Modules.Agriculture.Data;
using TriThuc.Modules.Agriculture.Things;

namespace TriThuc.Modules.Agriculture;

/// <summary>The Agriculture module: what the department keeps (describe it here, in a sentence).</summary>
public sealed class AgricultureModule : ModuleDefinition
{
    public override string Name => "Agriculture";

    public override string Title => "Nông nghiệp";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(AgricultureDbContext);

    protected override IEnumerable<ModuleFields> Fields => [new ThingFields()];
}
