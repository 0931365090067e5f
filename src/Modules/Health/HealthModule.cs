using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Demo;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Health.Licences;
using TriThuc.Modules.Health.Postings;

namespace TriThuc.Modules.Health;

/// <summary>Sở Y tế: health facilities, practising licences, continuing medical education and postings to the grassroots.</summary>
public sealed class HealthModule : ModuleDefinition
{
    public override string Name => "Health";

    public override string Title => "Y tế";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(HealthDbContext);

    protected override IEnumerable<ModuleFields> Fields => [new FacilityFields(), new LicenceFields(), new CmeFields(), new PostingFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<HealthDemoData>(provider, context.DemoDataEnabled));

    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => LicenceExport.Map(endpoints);
}
