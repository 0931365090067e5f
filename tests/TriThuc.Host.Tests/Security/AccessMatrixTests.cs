using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.GraphQL;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Security;

/// <summary>
/// Every mutation and every sensitive field of the composed schema, against every kind of caller:
/// the cases are read from the schema, so a field added tomorrow is tested tomorrow without anyone
/// writing a test for it. The expected answers come from the table below, not from the code under test.
/// </summary>
public sealed class AccessMatrixTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private TestHost Host => fixture.Host;

    private sealed record Caller(string Name, string? Role, string[] Modules, string[] Permissions);

    private static readonly Caller[] Callers =
    [
        new("anonymous", null, [], []),
        new("viewer", Roles.Viewer, [], []),
        new("editor of Greeting", Roles.Editor, ["Greeting"], []),
        new("editor of Science", Roles.Editor, ["Science"], []),
        new("editor of Greeting with personal-data:read", Roles.Editor, ["Greeting"], [Permissions.PersonalDataRead]),
        new("administrator", Roles.Administrator, [], []),
    ];

    [Fact]
    public async Task Every_mutation_and_sensitive_field_answers_every_caller_as_declared()
    {
        var schema = Host.App.Services.GetRequiredService<ComposedSchema>().Value;
        var cases = MutationCases(schema).Concat(SensitiveFieldCases(schema)).ToList();
        cases.Select(c => c.Coordinate).Should().Contain(["Mutation.sendGreeting", "Mutation.forgetEverything", "Greeting.senderNote"]);

        var wrong = new List<string>();
        foreach (var (coordinate, query, expected) in cases)
        {
            foreach (var caller in Callers)
            {
                var token = caller.Role is null ? null : IssueToken(caller);
                var refused = FieldAccessTests.Forbidden(await Host.GraphQLAsync(query, token: token)).Contains(coordinate);
                if (refused == expected(caller))
                {
                    wrong.Add($"{coordinate} for {caller.Name}: {(refused ? "refused" : "allowed")}, expected {(expected(caller) ? "allowed" : "refused")}");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    private string IssueToken(Caller caller) =>
        Host.App.Services.GetRequiredService<TriThuc.Host.Security.DevelopmentTokenIssuer>()
            .Issue("matrix", caller.Role!, caller.Modules, caller.Permissions, TimeSpan.FromHours(1));

    private static IEnumerable<(string Coordinate, string Query, Func<Caller, bool> Expected)> MutationCases(ISchema schema) =>
        (schema.Mutation?.Fields ?? []).Select(field => (
            $"Mutation.{field.Name}",
            $"mutation {{ {field.Name}{Arguments(field)}{Selection(field.ResolvedType!)} }}",
            (Func<Caller, bool>)(caller => caller.Role is not null && field.GetAccess() is { } access && Allows(access, caller))));

    private static IEnumerable<(string Coordinate, string Query, Func<Caller, bool> Expected)> SensitiveFieldCases(ISchema schema)
    {
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Where(f => f.IsSensitive()))
            {
                var path = PathTo(schema, type) ?? throw new InvalidOperationException($"No query path reaches {type.Name}.{field.Name}; extend the generator.");
                var query = "{ " + string.Concat(path.Select(p => p + " { ")) + field.Name + new string('}', path.Count + 1);
                yield return ($"{type.Name}.{field.Name}", query,
                    caller => Allows(field.GetAccess() ?? FieldAccess.Records, caller) && (caller.Role == Roles.Administrator || caller.Permissions.Contains(Permissions.PersonalDataRead)));
            }
        }
    }

    /// <summary>The expected answer, written as a table of roles rather than by calling the policy under test.</summary>
    private static bool Allows(FieldAccess access, Caller caller)
    {
        var administrator = caller.Role == Roles.Administrator;
        if (access.WritesModule is { } module)
        {
            return administrator || (caller.Role == Roles.Editor && caller.Modules.Contains(module));
        }

        return access.Level switch
        {
            AccessLevel.Public => true,
            AccessLevel.Aggregates => caller.Role is not null,
            AccessLevel.Records => caller.Role is Roles.Editor or Roles.Administrator,
            AccessLevel.Administrator => administrator,
            _ => false,
        };
    }

    /// <summary>The shortest chain of root and nested fields (none with required arguments) from Query to a type.</summary>
    private static List<string>? PathTo(ISchema schema, IObjectGraphType target)
    {
        var queue = new Queue<(IComplexGraphType Type, List<string> Path)>([(schema.Query, [])]);
        var seen = new HashSet<string> { schema.Query.Name };
        while (queue.TryDequeue(out var current))
        {
            if (current.Type == target)
            {
                return current.Path;
            }

            foreach (var field in current.Type.Fields.Where(f => f.Arguments?.All(a => a.ResolvedType is not NonNullGraphType || a.DefaultValue is not null) != false))
            {
                if (field.ResolvedType?.GetNamedType() is IComplexGraphType next && seen.Add(next.Name))
                {
                    queue.Enqueue((next, [.. current.Path, field.Name]));
                }
            }
        }

        return null;
    }

    private static string Arguments(FieldType field)
    {
        var required = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).ToList();
        return required.Count == 0 ? "" : "(" + string.Join(", ", required.Select(a => $"{a.Name}: {Placeholder(a)}")) + ")";
    }

    private static string Placeholder(QueryArgument argument) => Placeholder(argument.Name, argument.ResolvedType!);

    private static string Placeholder(string name, IGraphType type) => type.GetNamedType() switch
    {
        StringGraphType => "\"ma trận quyền\"",
        IdGraphType => "\"00000000-0000-0000-0000-000000000001\"",
        IntGraphType => "1",
        FloatGraphType => "1.5",
        BooleanGraphType => "true",
        DateOnlyGraphType => "\"2025-01-01\"",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields
            .Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue is null)
            .Select(f => $"{f.Name}: {Placeholder(f.Name, f.ResolvedType!)}")) + " }",
        var other => throw new NotSupportedException($"Extend the generator: no placeholder for argument {name} of type {other.Name}."),
    };

    private static string Selection(IGraphType returnType) => returnType.GetNamedType() is IComplexGraphType ? " { __typename }" : "";
}
