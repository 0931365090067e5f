using GraphQL.MicrosoftDI;
using GraphQL.Resolvers;
using TriThuc.Host.Security;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Builds the platform's one schema: the host's own fields, every module's types and root fields, and
/// the fields modules add to each other's types by type name. Any name claimed twice stops start-up
/// with both claimants named.
/// </summary>
internal sealed class SchemaComposer(
    ModuleCatalog catalog,
    IServiceProvider services,
    Action<LoadedModule, ModuleLoadException> reportModuleFailure,
    ILogger logger)
{
    public const string HostOwner = "Host";

    private readonly Dictionary<string, (string Owner, IGraphType Type)> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _extensionOwners = new(StringComparer.Ordinal);

    public Schema Compose(ObjectGraphType hostQueryFields, ObjectGraphType hostMutationFields)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "Mọi truy vấn của nền tảng TriThuc." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Mọi thao tác ghi của nền tảng TriThuc." };
        var rootOwners = new Dictionary<string, string>(StringComparer.Ordinal);

        Claim(HostOwner, query, hostQueryFields, rootOwners);
        Claim(HostOwner, mutation, hostMutationFields, rootOwners);

        RegisterHostTypes(query);
        RegisterHostTypes(mutation);
        foreach (var module in catalog.Modules.ToList())
        {
            RegisterTypesOf(module);
        }

        // A module reported while its types were built is skipped, and with it every module that depends on it:
        // only those still running contribute, and the types of the others are forgotten.
        var modules = catalog.Modules.ToList();
        foreach (var dropped in _types.Where(t => t.Value.Owner != HostOwner && !catalog.IsRunning(t.Value.Owner)).Select(t => t.Key).ToList())
        {
            _types.Remove(dropped);
        }

        foreach (var module in modules)
        {
            Claim(module.Name, query, module.GraphQL.Query, rootOwners);
            Claim(module.Name, mutation, module.GraphQL.Mutation, rootOwners);
        }

        foreach (var module in modules)
        {
            foreach (var (typeName, extension) in module.GraphQL.Extensions)
            {
                Extend(module.Name, typeName, extension);
            }
        }

        var schema = new Schema(new SelfActivatingServiceProvider(services))
        {
            Query = query,
            Mutation = mutation.Fields.Count > 0 ? mutation : null,
        };
        // What the current specification's introspection offers, and today's tools ask for.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Initialize();
        BuiltInDescriptions.Apply(schema);
        IntrospectionCompatibility.Apply(schema);
        LogSensitiveReads(schema);
        return schema;
    }

    /// <summary>Every field marked sensitive, whichever module declared it, records each read in the access log.</summary>
    private static void LogSensitiveReads(ISchema schema)
    {
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields.Where(f => f.IsSensitive()))
            {
                field.Resolver = new SensitiveFieldResolver(field.Resolver ?? NameFieldResolver.Instance, type.Name, field.Name);
            }
        }
    }

    /// <summary>The host's own types (Platform, PlatformModule) are claimed like a module's, so a clash names the host.</summary>
    private void RegisterHostTypes(ObjectGraphType hostQueryFields)
    {
        var pending = new Stack<IGraphType>(hostQueryFields.Fields.Select(f => f.ResolvedType).OfType<IGraphType>());
        while (pending.TryPop(out var type))
        {
            var named = type.GetNamedType();
            if (named is IComplexGraphType complex && _types.TryAdd(named.Name, (HostOwner, named)))
            {
                foreach (var field in complex.Fields.Where(f => f.ResolvedType is not null))
                {
                    pending.Push(field.ResolvedType!);
                }
            }
        }
    }

    /// <summary>
    /// Resolves a module's graph types from the container, and the enums its fields show (<c>EnumType&lt;T&gt;</c>),
    /// so that a module whose types cannot be built is reported by name and left out, not the whole schema.
    /// </summary>
    private void RegisterTypesOf(LoadedModule module)
    {
        List<IGraphType> types;
        try
        {
            types = module.Definition.GetType().Assembly.GetTypes()
                .Where(t => !t.IsAbstract && !t.ContainsGenericParameters && typeof(IGraphType).IsAssignableFrom(t))
                .Select(t => (IGraphType)services.GetRequiredService(t))
                .ToList();
            var fields = types.OfType<IComplexGraphType>().SelectMany(t => t.Fields)
                .Concat(module.GraphQL.Query.Fields).Concat(module.GraphQL.Mutation.Fields)
                .Concat(module.GraphQL.Extensions.Values.SelectMany(e => e.Fields));
            var enums = fields.SelectMany(EnumTypesOf).Distinct().ToList();
            types.AddRange(enums.Select(t => (IGraphType)Activator.CreateInstance(t)!));
        }
        catch (Exception ex)
        {
            reportModuleFailure(module, new ModuleLoadException(module.Name, $"while building its GraphQL types: {PluginLoader.Describe(ex)}", ex));
            return;
        }

        foreach (var type in types)
        {
            if (_types.TryGetValue(type.Name, out var existing) && existing.Owner != module.Name)
            {
                throw new SchemaCompositionException(
                    $"GraphQL type '{type.Name}' is defined by both module '{existing.Owner}' and module '{module.Name}'.");
            }

            _types[type.Name] = (module.Name, type);
        }
    }

    /// <summary>The <c>EnumType&lt;T&gt;</c> graph types a field's type and arguments name, however wrapped.</summary>
    private static IEnumerable<Type> EnumTypesOf(FieldType field) =>
        new[] { field.Type }.Concat(field.Arguments?.Select(a => a.Type) ?? []).OfType<Type>().SelectMany(Unwrap);

    private static IEnumerable<Type> Unwrap(Type type) =>
        !type.IsGenericType ? []
        : type.GetGenericTypeDefinition() == typeof(EnumType<>) ? [type]
        : type.GetGenericArguments().SelectMany(Unwrap);

    private static void Claim(string owner, ObjectGraphType root, ObjectGraphType contribution, Dictionary<string, string> owners)
    {
        foreach (var field in contribution.Fields)
        {
            var key = $"{root.Name}.{field.Name}";
            if (owners.TryGetValue(key, out var existing))
            {
                throw new SchemaCompositionException(
                    $"GraphQL root field '{key}' is claimed by both module '{existing}' and module '{owner}'.");
            }

            owners.Add(key, owner);
            root.AddField(field);
        }
    }

    private void Extend(string extender, string typeName, ObjectGraphType extension)
    {
        if (!_types.TryGetValue(typeName, out var target))
        {
            logger.LogWarning("Module {Extender} extends GraphQL type {TypeName}, which no loaded module defines; its fields {Fields} are left out",
                extender, typeName, string.Join(", ", extension.Fields.Select(f => f.Name)));
            return;
        }

        if (target.Type is not IComplexGraphType complex)
        {
            throw new SchemaCompositionException(
                $"Module '{extender}' extends GraphQL type '{typeName}' of module '{target.Owner}', which is not an object type.");
        }

        foreach (var field in extension.Fields)
        {
            var coordinate = $"{typeName}.{field.Name}";
            if (complex.HasField(field.Name))
            {
                var owner = _extensionOwners.GetValueOrDefault(coordinate, target.Owner);
                throw new SchemaCompositionException(
                    $"GraphQL field '{coordinate}' is claimed by both module '{owner}' and module '{extender}'.");
            }

            complex.AddField(field);
            _extensionOwners[coordinate] = extender;
        }
    }
}
