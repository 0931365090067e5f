using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Demo;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science;

/// <summary>Sở Khoa học và Công nghệ: science projects and their councils, the innovation investment fund, initiatives and patents.</summary>
public sealed class ScienceModule : ModuleDefinition
{
    public override string Name => "Science";

    public override string Title => "Khoa học và công nghệ";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(ScienceDbContext);

    protected override IEnumerable<ModuleFields> Fields =>
        [new ProjectFields(), new CouncilFields(), new FundFields(), new InitiativeFields(), new Experts.CouncilCandidateFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<ScienceDemoData>(provider, context.DemoDataEnabled));
}
