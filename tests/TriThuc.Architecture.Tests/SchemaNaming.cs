using System.Text.RegularExpressions;

namespace TriThuc.Architecture.Tests;

/// <summary>What one module contributes to the shared schema, by name only: what the naming rules look at.</summary>
public sealed record ModuleSchemaNames(
    string Module,
    IReadOnlyList<(string ClassName, string GraphQLName)> Types,
    IReadOnlyList<string> Enums,
    IReadOnlyList<string> QueryFields,
    IReadOnlyList<string> Mutations,
    IReadOnlyList<string> FieldsOnOtherTypes);

/// <summary>
/// The naming rules of the shared schema (docs/modules.md, "Names in the shared schema"), as checks that list every
/// violation. The Registry is the core: its nouns (Intellectual, OrganisationUnit) are the province's own and carry
/// no prefix. Every other module prefixes what it adds with its name, so that two departments never meet on a name.
/// </summary>
public static partial class SchemaNaming
{
    public const string CoreModule = "Registry";

    public static IEnumerable<string> Violations(ModuleSchemaNames names)
    {
        var module = names.Module;
        var camel = char.ToLowerInvariant(module[0]) + module[1..];
        foreach (var (className, graphQLName) in names.Types.Where(t => t.ClassName != t.GraphQLName + "Type"))
        {
            yield return $"{module}: the class of GraphQL type '{graphQLName}' is {className}; name it {graphQLName}Type.";
        }

        foreach (var name in names.Types.Select(t => t.GraphQLName).Where(n => n.EndsWith("Filter", StringComparison.Ordinal) is false && n.Contains("Filter", StringComparison.Ordinal)))
        {
            yield return $"{module}: '{name}' is a filter; its name ends with Filter.";
        }

        if (module == CoreModule)
        {
            yield break;
        }

        foreach (var name in names.Types.Select(t => t.GraphQLName).Concat(names.Enums).Where(n => !n.StartsWith(module, StringComparison.Ordinal)))
        {
            yield return $"{module}: type '{name}' does not start with the module's name; call it {module}{name}.";
        }

        foreach (var field in names.QueryFields.Concat(names.FieldsOnOtherTypes).Where(f => !f.StartsWith(camel, StringComparison.Ordinal)))
        {
            yield return $"{module}: field '{field}' does not start with '{camel}'.";
        }

        foreach (var mutation in names.Mutations.Where(m => !VerbThenModule(module).IsMatch(m)))
        {
            yield return $"{module}: mutation '{mutation}' is not a verb followed by a {module} noun, as in 'approve{module}Project'.";
        }
    }

    private static Regex VerbThenModule(string module) => new($"^[a-z]+{Regex.Escape(module)}[A-Z]");
}
