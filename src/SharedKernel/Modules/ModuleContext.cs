using Microsoft.Extensions.Configuration;

namespace TriThuc.SharedKernel.Modules;

/// <summary>What the host tells a module about its environment when it registers its services.</summary>
public sealed record ModuleContext(
    string Name,
    IConfiguration Configuration,
    ModuleDatabaseSettings Database,
    string EnvironmentName)
{
    /// <summary>
    /// Whether the module fills an empty database with demo data at start-up: its setting DemoData:Enabled, by default
    /// only in the Development environment (which <c>dotnet run</c> uses).
    /// </summary>
    public bool DemoDataEnabled => Configuration.GetValue<bool?>("DemoData:Enabled") ?? EnvironmentName == "Development";
}
