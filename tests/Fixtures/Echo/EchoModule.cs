using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriThuc.Fixtures.Greeting.Contracts;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Fixtures.Echo;

/// <summary>
/// A test module that depends on Greeting: it reacts to Greeting's events and extends its GraphQL type by name. It
/// also has a route, a health check and a background service, to prove that a skipped module leaves none behind.
/// </summary>
public sealed class EchoModule : ModuleDefinition
{
    public override string Name => "Echo";

    public override Type? DbContextType => typeof(EchoDbContext);

    public override IReadOnlyList<string> DependsOn => ["Greeting"];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddHostedService<EchoListener>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/ping", () => "pong").RequireAccess(FieldAccess.Public);

    public override void ConfigureHealthChecks(IHealthChecksBuilder healthChecks, ModuleContext context) =>
        healthChecks.AddCheck("echo", () => HealthCheckResult.Healthy("Echo nghe thấy."), tags: ["ready"]);

    public override void ConfigureGraphQL(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("echoes")
            .Access(FieldAccess.Records)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<EchoDbContext>()
                .Echoes.OrderBy(e => e.Text).Select(e => e.Text).ToListAsync(context.CancellationToken));

        graphql.Extend("Greeting").Field<NonNullGraphType<IntGraphType>>("echoCount")
            .Description("Số lần phân hệ Echo đã nhận lời chào này.")
            .ResolveAsync(async context =>
            {
                var greeting = (IGreeting)context.Source!;
                return await context.RequestServices!.GetRequiredService<EchoDbContext>()
                    .Echoes.CountAsync(e => e.GreetingId == greeting.Id, context.CancellationToken);
            });
    }
}
