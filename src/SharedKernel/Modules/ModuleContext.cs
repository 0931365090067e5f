using Microsoft.Extensions.Configuration;

namespace TriThuc.SharedKernel.Modules;

/// <summary>What the host tells a module about its environment when it registers its services.</summary>
public sealed record ModuleContext(
    string Name,
    IConfiguration Configuration,
    ModuleDatabaseSettings Database,
    string EnvironmentName);
