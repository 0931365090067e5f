using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Demo;
using TriThuc.Modules.Registry.Duplicates;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry;

/// <summary>The provincial database of intellectuals: the core the other modules refer to by id, through <c>Registry.Contracts</c>.</summary>
public sealed class RegistryModule : ModuleDefinition
{
    public override string Name => "Registry";

    public override string Title => "Cơ sở dữ liệu trí thức";

    public override Type? DbContextType => typeof(RegistryDbContext);

    protected override IEnumerable<ModuleFields> Fields =>
        [new ReferenceFields(), new UnitFields(), new IntellectualFields(), new CareerFields(), new DuplicateFields(), new Experts.ExpertFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<IPersonDirectory, PersonDirectory>();
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddSingleton<UnitTreeCache>();
        services.AddScoped<IWorkforceFigures, WorkforceFigures>();
        services.AddScoped<RegistryReferences>();
        services.AddScoped<ILeaderReadiness, Indicators.RegistryIndicators>();

        var demo = context.Configuration.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions();
        demo.Enabled = context.DemoDataEnabled;
        var provinceName = context.Configuration["DemoData:ProvinceName"] ?? "Tuyên Quang";
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<DemoDataSeeder>(provider, demo, provinceName));
        services.AddHostedService<RegistryNationalIdHashBackfill>();
    }

    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) =>
        Export.IntellectualExport.Map(endpoints);
}
