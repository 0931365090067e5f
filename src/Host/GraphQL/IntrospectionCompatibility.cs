using GraphQL.Resolvers;
using GraphQL.Validation.Complexity;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// What today's introspection query asks and graphql-dotnet lacks, added once the schema is initialized, so that the
/// query every common tool sends (GraphiQL, GraphQL Code Generator, GraphQL Inspector: graphql-js's
/// <c>getIntrospectionQuery</c> with any of its options) is answered: <c>__Type.specifiedByURL</c> and
/// <c>args(includeDeprecated:)</c> on <c>__Directive</c>. And a field that describes the schema costs one in the
/// complexity estimate, whatever its lists: its answer is bounded by the schema, not by the data; the selection and
/// depth limits still hold it, and every other field is estimated as before.
/// </summary>
internal static class IntrospectionCompatibility
{
    public static void Apply(ISchema schema)
    {
        var type = (IObjectGraphType)schema.AllTypes["__Type"]!;
        if (!type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "Đặc tả mà kiểu vô hướng (scalar) này tuân theo.",
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(c => c.Source is IGraphType graphType ? BuiltInDescriptions.SpecifiedBy(graphType) : null),
            });
        }

        var directiveArgs = ((IObjectGraphType)schema.AllTypes["__Directive"]!).GetField("args")!;
        directiveArgs.Arguments ??= new QueryArguments();
        if (directiveArgs.Arguments.Find("includeDeprecated") is null)
        {
            // The platform deprecates no directive argument: whatever the client asks, every argument is listed.
            directiveArgs.Arguments.Add(new QueryArgument(new BooleanGraphType())
            {
                Name = "includeDeprecated",
                Description = "Kể cả tham số đã ngừng dùng.",
                ResolvedType = schema.AllTypes["Boolean"],
                DefaultValue = false,
            });
        }

        var introspection = schema.AllTypes.OfType<IComplexGraphType>().Where(t => t.Name.StartsWith("__", StringComparison.Ordinal)).SelectMany(t => t.Fields)
            .Concat([schema.SchemaMetaFieldType, schema.TypeMetaFieldType]);
        foreach (var field in introspection)
        {
            field.WithComplexityImpact(_ => new FieldComplexityResult(1, 1));
        }
    }
}
