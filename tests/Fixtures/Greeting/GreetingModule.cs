using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Paging;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Fixtures.Greeting;

/// <summary>A test module with a database, a type, a connection, a mutation that publishes an event, and faulty fields.</summary>
public sealed class GreetingModule : ModuleDefinition
{
    public override string Name => "Greeting";

    public override Type? DbContextType => typeof(GreetingDbContext);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddSingleton(context.Configuration.Get<GreetingSettings>() ?? new GreetingSettings());

    public override void ConfigureGraphQL(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<StringGraphType>>("greeting")
            .Description("Lời chào.")
            .Access(FieldAccess.Public)
            .Resolve(_ => "Xin chào, Tuyên Quang! Trí thức Hà Giang.");

        graphql.Query.Paged<GreetingType>("greetings")
            .Description("Các lời chào đã gửi, cũ nhất trước.")
            .Access(FieldAccess.Records)
            .Page((GreetingDbContext db, FieldArgs _) => db.Greetings.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id));

        graphql.Query.Field<StringGraphType>("brokenField")
            .Description("Always fails with an unexpected exception, to prove internals never leak.")
            .Access(FieldAccess.Public)
            .Resolve(_ => throw new InvalidOperationException("secret connection string Password=hunter2"));

        graphql.Query.Field<NonNullGraphType<IntGraphType>>("greetingCount")
            .Description("Số lời chào đã gửi (một số liệu tổng hợp).")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<GreetingDbContext>().Greetings.CountAsync(context.CancellationToken));

        graphql.Query.Field<StringGraphType>("slowField")
            .Description("Waits, to prove the execution time limit.")
            .Access(FieldAccess.Public)
            .Argument<NonNullGraphType<IntGraphType>>("milliseconds")
            .ResolveAsync(async context =>
            {
                await Task.Delay(context.GetArgument<int>("milliseconds"), context.CancellationToken);
                return "done";
            });

        graphql.Query.Field<StringGraphType>("undeclaredField")
            .Description("Declares no access rule, so nobody may use it.")
            .Resolve(_ => "never");

        graphql.Mutation.Field<NonNullGraphType<GreetingType>>("sendGreeting")
            .Access(FieldAccess.Writes(Name))
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<GreetingService>()
                .SendAsync(context.GetArgument<string>("text"), context.CancellationToken));

        graphql.Mutation.Field<BooleanGraphType>("wave")
            .Description("Declared public, yet no anonymous caller may run a mutation.")
            .Access(FieldAccess.Public)
            .Resolve(_ => true);

        graphql.Mutation.Field<BooleanGraphType>("forgetEverything")
            .Description("Declares no access rule, so nobody may run it, administrators included.")
            .Resolve(_ => true);
    }
}
