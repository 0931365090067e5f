using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.Fixtures.Greeting;

/// <summary>A test module with a database, a type, a connection, a mutation that publishes an event, and faulty fields.</summary>
public sealed class GreetingModule : ModuleDefinition
{
    public override string Name => "Greeting";

    public override Type? DbContextType => typeof(GreetingDbContext);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<GreetingDbContext>(context);

    public override void ConfigureGraphQL(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<StringGraphType>>("greeting")
            .Description("Lời chào.")
            .Resolve(_ => "Xin chào, Tuyên Quang! Trí thức Hà Giang.");

        graphql.Query.Connection<GreetingType>("greetings")
            .Bidirectional()
            .ResolveAsync(async context =>
            {
                var db = context.RequestServices!.GetRequiredService<GreetingDbContext>();
                return await db.Greetings.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id)
                    .ToConnectionAsync(context.ToPagingArguments(), context.CancellationToken);
            });

        graphql.Query.Field<StringGraphType>("brokenField")
            .Description("Always fails with an unexpected exception, to prove internals never leak.")
            .Resolve(_ => throw new InvalidOperationException("secret connection string Password=hunter2"));

        graphql.Mutation.Field<NonNullGraphType<GreetingType>>("sendGreeting")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<GreetingService>()
                .SendAsync(context.GetArgument<string>("text"), context.CancellationToken));
    }
}
