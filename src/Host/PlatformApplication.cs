using Autofac;
using Autofac.Extensions.DependencyInjection;
using GraphQL.Execution;
using GraphQLParser.AST;
using Serilog;
using Serilog.Extensions.Logging;
using TriThuc.Host.Events;
using TriThuc.Host.GraphQL;
using TriThuc.Host.Health;
using TriThuc.Host.Identity;
using TriThuc.Host.Logging;
using TriThuc.Host.Modules;
using TriThuc.Host.Privacy;
using TriThuc.Host.Security;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Privacy;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Host;

/// <summary>
/// The composition root: loads the plugins, wires the container, logging, GraphQL and health checks,
/// then, before serving, migrates module databases and composes the schema so that a broken module
/// stops start-up (or is skipped) instead of failing the first request.
/// </summary>
public static class PlatformApplication
{
    /// <param name="time">The clock's source; tests pass one they can move, production the system's.</param>
    public static WebApplication Build(string[] args, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var section = builder.Configuration.GetSection(PlatformOptions.Section);
        var options = section.Get<PlatformOptions>() ?? new PlatformOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // A GET must reach the endpoint, which executes it within the GraphQL limit and answers 413 with a body past
            // it; Kestrel's own 8 KB request line would answer 414 with none. Four times the limit covers a document
            // percent-encoded whole (three bytes a character) and still bounds what one connection can make Kestrel hold.
            // Kestrel refuses a request line longer than its request buffer (1 MB).
            kestrel.Limits.MaxRequestLineSize = (int)Math.Clamp(
                4 * options.GraphQL.MaxRequestBytes + 8 * 1024, 8 * 1024, Math.Min(kestrel.Limits.MaxRequestBufferSize ?? int.MaxValue, int.MaxValue));
        });
        builder.Services.Configure<PlatformOptions>(section);

        var moduleEnricher = new ModuleLogEnricher();
        var logger = PlatformLogger.Create(builder.Configuration, builder.Environment.ContentRootPath, moduleEnricher);
        builder.Host.UseSerilog(logger, dispose: true);

        var dataPath = Path.GetFullPath(options.DataPath, builder.Environment.ContentRootPath);
        var databases = new DatabaseLocator(options, dataPath);
        var loader = new PluginLoader(
            options,
            Path.GetFullPath(options.Plugins.Path, AppContext.BaseDirectory),
            databases,
            builder.Configuration,
            builder.Environment.EnvironmentName,
            new SerilogLoggerFactory(logger).CreateLogger<PluginLoader>());
        var catalog = loader.LoadAll();
        moduleEnricher.Register(catalog.Modules);
        var startup = new ModuleStartup(catalog, loader);

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(startup.Register);

        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<SharedKernel.Modules.IRunningModules>(catalog);
        builder.Services.AddSingleton(loader);
        builder.Services.AddSingleton(startup);
        builder.Services.AddPlatformAuthentication(options.Authentication, dataPath, builder.Environment,
            new SerilogLoggerFactory(logger).CreateLogger("TriThuc.Host.Security"));
        AddPlatformServices(builder.Services, options, databases, time ?? TimeProvider.System);
        builder.Services.AddSingleton(SharedKernel.Privacy.NationalIdHasher.From(builder.Configuration));
        builder.Services.AddSingleton(Audit.AuditChainKey.Resolve(options.Audit, dataPath));
        builder.Services.AddSingleton<Audit.AuditVerifier>();
        builder.Services.AddSingleton<Audit.AuditChainStatus>();
        if (options.Audit.VerifyAtStartup)
        {
            builder.Services.AddHostedService<Audit.AuditChainVerification>();
        }

        AddGraphQL(builder.Services, options, catalog);
        var origins = options.Cors.OriginsFor(builder.Environment);
        Web.WebPages.AddServices(builder.Services);
        Telemetry.TelemetryRegistration.AddPlatformTelemetry(builder.Services, options.Telemetry);
        RequestRateLimits.AddServices(builder.Services, options.RateLimits);
        builder.Services.AddCors(cors => cors.AddPolicy(Configuration.CorsOptions.PolicyName, policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type", "Authorization", "Accept", "X-Requested-With", "Apollographql-Client-Name", "Apollographql-Client-Version")
            .WithExposedHeaders("X-Request-Id", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        startup.AddHealthChecks(builder.Services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"])
            .AddCheck<Audit.AuditChainHealthCheck>("audit-chain", tags: ["ready"]));

        var app = builder.Build();
        MapEndpoints(app, options, logger);
        return app;
    }

    /// <summary>Prepares the host's database, then starts the modules (<see cref="ModuleStartup"/>); call before running the app.</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DatabasePreparation.PrepareAsync(
                scope.ServiceProvider.GetRequiredService<PlatformDbContext>(),
                app.Services.GetRequiredService<PlatformDatabase>().Settings,
                PlatformDbContext.AppendOnlyTables,
                app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.Database.MigrateAtStartup,
                cancellationToken,
                app.Logger);
        }

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        await app.Services.GetRequiredService<ModuleStartup>().StartAsync(app, cancellationToken);
        app.Logger.LogInformation("TriThuc modules:{NewLine}{StartupTable}", Environment.NewLine, StartupTable.Render(catalog));
    }

    private static void AddPlatformServices(IServiceCollection services, PlatformOptions options, DatabaseLocator databases, TimeProvider time)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(options.Imports);
        services.AddSingleton(options.SmallGroups);
        services.AddSingleton(time);
        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IOutboxSignal, OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IIntegrationEventHandlerSource, ModuleEventHandlers>();
        services.AddSingleton<ModuleDatabaseInitializer>();
        services.AddScoped<SensitiveReadLog>();
        services.AddScoped<ISensitiveReadLog>(provider => provider.GetRequiredService<SensitiveReadLog>());
        var platformDatabase = new PlatformDatabase(databases.ForPlatform());
        services.AddSingleton(platformDatabase);
        services.AddModuleDbContext<PlatformDbContext>(new SharedKernel.Modules.ModuleContext(
            PlatformDbContext.AuditModuleName, new ConfigurationBuilder().Build(), platformDatabase.Settings, "Host"));
        services.AddScoped<PrivacyService>();
        services.AddScoped<Indicators.IndicatorService>();
        services.AddScoped<Reviews.ReviewService>();
        services.AddScoped<IProcessingRestrictions, Privacy.ProcessingRestrictionLookup>();
        services.AddScoped<RestrictionFlags>();
        if (options.Outbox.Enabled)
        {
            services.AddHostedService<OutboxDispatcherService>();
        }
    }

    private static void AddGraphQL(IServiceCollection services, PlatformOptions options, ModuleCatalog catalog)
    {
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<PersistedDocuments>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<PlatformJsonSerializer>();

        // Resolvers of one request share its scoped services (a module's DbContext is one of them), so
        // fields run one after another, never in parallel.
        services.AddSingleton<IDocumentExecuter>(new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new PlatformDocumentValidator(),
            new DefaultExecutionStrategySelector([
                new ExecutionStrategyRegistration(new SerialExecutionStrategy(), OperationType.Query),
                new ExecutionStrategyRegistration(new SerialExecutionStrategy(), OperationType.Mutation),
            ]),
            []));

        services.AddSingleton(provider => new ComposedSchema(
            provider,
            catalog,
            provider.GetRequiredService<PluginLoader>(),
            options,
            provider.GetRequiredService<ILogger<SchemaComposer>>()));
    }

    private static void MapEndpoints(WebApplication app, PlatformOptions options, Serilog.ILogger logger)
    {
        SecurityHeaders.UseForwardedHeaders(app);
        SecurityHeaders.Use(app);
        app.Use(async (http, next) =>
        {
            http.Response.Headers["X-Request-Id"] = http.TraceIdentifier;
            using (Serilog.Context.LogContext.PushProperty("RequestId", http.TraceIdentifier))
            {
                await next(http);
            }
        });
        app.UseSerilogRequestLogging(requestLogging => requestLogging.Logger = logger);
        Errors.ErrorBodies.Use(app);
        app.UseCors();
        app.UseAuthentication();
        RequestRateLimits.Use(app, options.RateLimits);
        app.UseInvalidTokenRejection();

        // Resolved from the root once, on first request: the endpoint is a singleton, and asking the
        // request's services for it would open a container scope for every request.
        var graphql = new Lazy<GraphQLHttpEndpoint>(app.Services.GetRequiredService<GraphQLHttpEndpoint>);
        // Loaded now, so that a bad allowlist stops the host at start rather than failing its first request.
        app.Services.GetRequiredService<PersistedDocuments>();
        var pages = Web.WebPages.From(options);
        pages.MapAssets(app);
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post],
                http => pages.IsIdeRequest(http) ? pages.ServeIdeAsync(http) : graphql.Value.HandleAsync(http))
            .RequireCors(Configuration.CorsOptions.PolicyName);
        app.MapGet("/", pages.ServeApplicationAsync);
        if (options.GraphQL.EnableIntrospection)
        {
            app.MapGet("/graphql/schema.graphql",
                (ComposedSchema schema) => Results.Text(schema.Sdl, "text/plain; charset=utf-8")).RequireCors(Configuration.CorsOptions.PolicyName);
        }

        Telemetry.TelemetryRegistration.MapPlatformTelemetry(app, options.Telemetry);
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.WriteAsync });

        Reviews.ReviewExports.Map(app);

        if (options.GraphQL.EnableBenchmarkBaseline)
        {
            var body = "{\"data\":{\"__typename\":\"Query\"}}"u8.ToArray();
            app.MapPost("/benchmarks/raw", async http =>
            {
                http.Response.ContentType = GraphQLMediaTypes.GraphQLResponse + "; charset=utf-8";
                await http.Response.Body.WriteAsync(body, http.RequestAborted);
            });
        }
    }
}
