namespace TriThuc.Host.GraphQL;

/// <summary>
/// The platform's schema, composed once on first use. The host touches it at start-up, outside any
/// container activation, so that a composition error reaches the operator as itself, not wrapped.
/// </summary>
internal sealed class ComposedSchema(IServiceProvider services, ModuleCatalog catalog, PluginLoader loader, PlatformOptions options, ILogger<SchemaComposer> logger)
{
    private ISchema? _schema;
    private string? _sdl;
    private readonly Lock _lock = new();

    public ISchema Value
    {
        get
        {
            if (_schema is null)
            {
                lock (_lock)
                {
                    if (_schema is null)
                    {
                        IdConversions.Register();
                        var hostQuery = PlatformQueryFields.Create(options, catalog);
                        var hostMutation = new global::GraphQL.Types.ObjectGraphType();
                        Identity.CurrentUserFields.AddTo(hostQuery, catalog);
                        Audit.AuditQueryFields.AddTo(hostQuery, catalog);
                        Security.AccessLogQueryFields.AddTo(hostQuery);
                        Privacy.PrivacyFields.AddTo(hostQuery, hostMutation);
                        Indicators.GraphQL.IndicatorQueryFields.AddTo(hostQuery);
                        Reviews.GraphQL.ReviewFields.AddTo(hostQuery, hostMutation);
                        _schema = new SchemaComposer(catalog, services, (module, failure) => loader.Report(catalog, failure, module), logger)
                            .Compose(hostQuery, hostMutation);
                    }
                }
            }

            return _schema;
        }
    }

    /// <summary>The schema in GraphQL SDL, served at /graphql/schema.graphql.</summary>
    public string Sdl => _sdl ??= BuiltInDescriptions.WithSpecifiedBy(Value.Print(), Value);
}
