using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.GraphQL;

namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// The entry point of a plugin. A plugin assembly holds exactly one public, non-abstract class
/// deriving from this one, with a parameterless constructor; the host finds it by reflection.
/// </summary>
public abstract class ModuleDefinition
{
    /// <summary>Unique module name, e.g. "Registry". Used in configuration, logs, schema names and the database file.</summary>
    public abstract string Name { get; }

    /// <summary>The module's name for people, in Vietnamese (the web application's headings): the department and what it keeps.</summary>
    public virtual string Title => Name;

    /// <summary>The module's own version, shown in the start-up table.</summary>
    public virtual string Version =>
        GetType().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? GetType().Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// The module's database, if it has one (a <c>ModuleDbContext</c>): registered on the database the host assigns
    /// the module, migrated at start-up and checked in /health/ready.
    /// </summary>
    public virtual Type? DbContextType => null;

    /// <summary>
    /// The modules this one needs (by name): the host loads it only when each of them is loaded and enabled, and
    /// otherwise stops start-up, or skips this module, as <c>TriThuc:Plugins:OnLoadFailure</c> says, naming both.
    /// </summary>
    public virtual IReadOnlyList<string> DependsOn => [];

    /// <summary>The module's features' GraphQL fields, one class each (<c>Projects/ProjectFields.cs</c>).</summary>
    protected virtual IEnumerable<ModuleFields> Fields => [];

    /// <summary>
    /// The module's service registrations as an Autofac module. The default scans the module's assembly
    /// by convention (<see cref="ConventionServicesModule"/>) and then calls <see cref="ConfigureServices"/>.
    /// </summary>
    public virtual Autofac.Module CreateServicesModule(ModuleContext context) => new ConventionServicesModule(this, context);

    /// <summary>Registrations that conventions do not cover (the DbContext, options, typed clients...).</summary>
    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    /// <summary>Root query and mutation fields, and fields added to other modules' types by type name: by default, those of <see cref="Fields"/>.</summary>
    public virtual void ConfigureGraphQL(GraphQLContribution graphql)
    {
        foreach (var feature in Fields)
        {
            feature.AddTo(graphql);
        }
    }

    /// <summary>
    /// Plain HTTP endpoints (file exports, imports), mapped under <c>/api/&lt;module name in lower case&gt;</c>.
    /// Guard each with <c>RequireAccess</c>, as GraphQL fields are guarded.
    /// </summary>
    public virtual void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>
    /// Health checks beyond the database check the host runs for <see cref="DbContextType"/>. Tag a check
    /// "ready" for /health/ready to include it.
    /// </summary>
    public virtual void ConfigureHealthChecks(IHealthChecksBuilder healthChecks, ModuleContext context)
    {
    }
}
