using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Validates documents with graphql-dotnet's validator, and remembers the successful result of an
/// operation that declares no variables. Such a result (the parsed argument and directive values)
/// depends only on the document and the schema, so when the same cached document comes again with no
/// per-request rules to run, the stored result is returned instead of walking the document again.
/// Operations with variables are always validated, since their values change per request.
/// </summary>
internal sealed class CachingDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult> _results = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var operation = options.Operation;
        var reusable = operation.Variables is null or { Items.Count: 0 };
        if (reusable && options.Rules is { } rules && !rules.Any() && _results.TryGetValue(operation, out var known))
        {
            return Task.FromResult(known);
        }

        var validation = _inner.ValidateAsync(options);
        return reusable ? RememberAsync(operation, validation) : validation;
    }

    private async Task<IValidationResult> RememberAsync(GraphQLOperationDefinition operation, Task<IValidationResult> validation)
    {
        var result = await validation;
        if (result.IsValid)
        {
            _results.AddOrUpdate(operation, result);
        }

        return result;
    }
}
