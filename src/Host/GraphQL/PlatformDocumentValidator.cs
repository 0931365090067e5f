using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;
using TriThuc.Host.Security;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Validates documents with graphql-dotnet's validator, then checks the caller against the access
/// every selected field declares, before anything executes.
///
/// Most requests repeat a document already seen, so what depends only on the document and the schema
/// is kept: the fields a document uses with their declared access (checked against each new caller),
/// and the whole validation result of operations without variables (their parsed argument values).
/// The endpoint asks for no rules when it sends a document that validated before, or only the complexity rule when the
/// document's variables reach a page size (<see cref="Limits.ComplexityInputs"/>); operations with variables are then
/// still validated for their variable values, without walking the document again for its fields' access.
/// </summary>
internal sealed class PlatformDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private readonly ConditionalWeakTable<GraphQLDocument, IReadOnlyList<FieldRequirement>> _requirements = [];
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult> _results = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var user = PlatformUser.From(options.User);
        var reusable = options.Operation.Variables is null or { Items.Count: 0 };
        IReadOnlyList<FieldRequirement>? requirements = null;
        // The fields a document uses never change: once known they are not collected again, whatever rules still run.
        var seenBefore = _requirements.TryGetValue(options.Document, out requirements);

        if (seenBefore && reusable && options.Rules is { } rules && !rules.Any() && _results.TryGetValue(options.Operation, out var known))
        {
            return Task.FromResult(Authorize(known, requirements!, user));
        }

        var toRun = seenBefore ? options : WithRequirementCollector(options);
        return ValidateAndAuthorizeAsync(_inner.ValidateAsync(toRun), toRun, reusable, user);
    }

    private async Task<IValidationResult> ValidateAndAuthorizeAsync(Task<IValidationResult> validation, ValidationOptions options, bool reusable, PlatformUser user)
    {
        var result = await validation;
        if (!result.IsValid)
        {
            return result;
        }

        if (!_requirements.TryGetValue(options.Document, out var requirements))
        {
            requirements = options.UserContext.TryGetValue(FieldRequirementCollector.UserContextKey, out var collected) && collected is List<FieldRequirement> list
                ? list.DistinctBy(r => r.Coordinate).ToList()
                : [];
            _requirements.AddOrUpdate(options.Document, requirements);
        }

        if (reusable)
        {
            _results.AddOrUpdate(options.Operation, result);
        }

        return Authorize(result, requirements, user);
    }

    private static IValidationResult Authorize(IValidationResult result, IReadOnlyList<FieldRequirement> requirements, PlatformUser user)
    {
        List<ValidationError>? refused = null;
        foreach (var requirement in requirements)
        {
            if (!requirement.Allows(user))
            {
                (refused ??= []).Add(new FieldForbiddenError(requirement.Coordinate, user.IsAuthenticated));
            }
        }

        return refused is null ? result : new ValidationResult(refused);
    }

    private static ValidationOptions WithRequirementCollector(in ValidationOptions options) => new()
    {
        Schema = options.Schema,
        Document = options.Document,
        Rules = (options.Rules ?? DocumentValidator.CoreRules).Append(FieldRequirementCollector.Instance),
        UserContext = options.UserContext,
        Metrics = options.Metrics,
        Variables = options.Variables,
        Extensions = options.Extensions,
        Operation = options.Operation,
        RequestServices = options.RequestServices,
        User = options.User,
        CancellationToken = options.CancellationToken,
    };
}
