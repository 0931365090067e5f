using GraphQL.Types;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;

namespace TriThuc.Fixtures.Colliding;

/// <summary>A test module that claims the root field "greeting", which the Greeting module owns.</summary>
public sealed class CollidingModule : ModuleDefinition
{
    public override string Name => "Colliding";

    public override void ConfigureGraphQL(GraphQLContribution graphql) =>
        graphql.Query.Field<StringGraphType>("greeting").Resolve(_ => "collision");
}
