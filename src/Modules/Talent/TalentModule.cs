using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Talent.Cases;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Demo;
using TriThuc.Modules.Talent.Experts;
using TriThuc.Modules.Talent.Honours;
using TriThuc.Modules.Talent.Parameters;
using TriThuc.Modules.Talent.Plans;
using TriThuc.Modules.Talent.Policies;
using TriThuc.Modules.Talent.Remote;

namespace TriThuc.Modules.Talent;

/// <summary>Sở Nội vụ: attraction policies and cases, remote-area support, workforce plans, experts from abroad and the annual honours round.</summary>
public sealed class TalentModule : ModuleDefinition
{
    public override string Name => "Talent";

    public override string Title => "Nội vụ - Trí thức";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(TalentDbContext);

    protected override IEnumerable<ModuleFields> Fields => [new LegalParameterFields(), new PolicyFields(), new CaseFields(), new RemoteFields(), new PlanFields(), new TalentExpertFields(), new HonourFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<TalentDemoData>(provider, context.DemoDataEnabled));

    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => PlanExport.Map(endpoints);
}
