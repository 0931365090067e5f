using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using TriThuc.Host.GraphQL.Limits;
using TriThuc.Host.Security;
using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// The /graphql endpoint, following the GraphQL-over-HTTP specification: POST with an
/// application/json body (one request or a batch array), GET with query parameters for queries only,
/// response media type negotiated from Accept, and status codes that tell a broken request (400)
/// from an executed one (200).
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    ComposedSchema schema,
    IDocumentExecuter executer,
    PlatformJsonSerializer serializer,
    DocumentCache documents,
    PersistedDocuments persisted,
    IServiceScopeFactory scopes,
    IOptions<PlatformOptions> platformOptions,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private readonly GraphQLEndpointOptions _options = platformOptions.Value.GraphQL;
    private readonly IValidationRule[] _validationRules = ValidationRules(platformOptions.Value.GraphQL);
    private readonly GraphQLParser.ParserOptions _parserOptions = new()
    {
        Ignore = GraphQLParser.IgnoreOptions.Comments,
        MaxDepth = Math.Max(128, platformOptions.Value.GraphQL.MaxDepth * 4),
    };

    private readonly IValidationRule[] _complexityOnly = [ComplexityRule(platformOptions.Value.GraphQL)];

    private static ComplexityValidationRule ComplexityRule(GraphQLEndpointOptions options) =>
        new(new ComplexityOptions { MaxComplexity = options.MaxComplexity });

    /// <summary>The rules a document must pass the first time it is seen: the specification's, then the abuse limits.</summary>
    private static IValidationRule[] ValidationRules(GraphQLEndpointOptions options)
    {
        List<IValidationRule> rules = [.. DocumentValidator.CoreRules, ComplexityRule(options)];
        if (!options.EnableIntrospection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        return [.. rules];
    }

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, GraphQLMediaTypes.Json, new GraphQLHttpRequestException(
                StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"Chỉ trả lời được dạng {GraphQLMediaTypes.GraphQLResponse} hoặc {GraphQLMediaTypes.Json}; hãy sửa tiêu đề Accept."));
            return;
        }

        try
        {
            if (HttpMethods.IsGet(http.Request.Method))
            {
                await HandleGetAsync(http, mediaType);
            }
            else
            {
                await HandlePostAsync(http, mediaType);
            }
        }
        catch (GraphQLHttpRequestException ex)
        {
            await WriteRequestErrorAsync(http, mediaType, ex);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller hung up before the answer was ready: nothing failed here and nobody is left to answer.
            // Recorded as nginx does (499), so that the request log does not report a server error.
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            }
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            // The body ended before its announced length (the caller hung up while sending it) or was otherwise
            // unreadable at the HTTP level: the caller's fault, answered as such, not a server error.
            logger.LogInformation("GraphQL request body could not be read: {Reason}", ex.Message);
            await WriteRequestErrorAsync(http, mediaType, new GraphQLHttpRequestException(
                ex.StatusCode, ErrorCodes.BadRequest, "Nội dung yêu cầu không đọc được hoặc bị ngắt giữa chừng; hãy gửi lại."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !http.Response.HasStarted)
        {
            logger.LogError(ex, "GraphQL request failed outside execution");
            await WriteRequestErrorAsync(http, mediaType, new GraphQLHttpRequestException(
                StatusCodes.Status500InternalServerError, ErrorCodes.Internal, PlatformErrorInfoProvider.InternalErrorMessage));
        }
    }

    private async Task HandleGetAsync(HttpContext http, string mediaType)
    {
        var queryString = http.Request.QueryString.Value ?? "";
        if (queryString.Length > _options.MaxRequestBytes)
        {
            throw TooLarge();
        }

        var request = new GraphQLRequest
        {
            Query = http.Request.Query["query"].ToString(),
            OperationName = NullIfEmpty(http.Request.Query["operationName"].ToString()),
            Variables = ParseJsonParameter<Inputs>(http.Request.Query["variables"].ToString(), "variables"),
            Extensions = ParseJsonParameter<Inputs>(http.Request.Query["extensions"].ToString(), "extensions"),
        };
        persisted.Resolve(request);
        RequireQuery(request);
        RejectUnsupported(request);

        if (MayWrite(request))
        {
            http.Response.Headers.Allow = "POST";
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest,
                "Thao tác ghi (mutation) chỉ được gửi bằng POST.");
        }

        using var deadline = Deadline(http);
        var result = await ExecuteAsync(http, request, deadline.Token);
        await WriteResultAsync(http, mediaType, result, StatusFor(result, mediaType));
    }

    private async Task HandlePostAsync(HttpContext http, string mediaType)
    {
        var contentType = http.Request.ContentType;
        if (contentType is null || !contentType.StartsWith(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest,
                $"Yêu cầu POST phải có Content-Type: {GraphQLMediaTypes.Json}.");
        }

        var body = await ReadBodyAsync(http);
        try
        {
            if (IsJsonArray(body.Span))
            {
                var batch = Deserialize<GraphQLRequest?[]>(body.Span);
                if (batch.Length == 0 || batch.Length > _options.MaxBatchSize)
                {
                    throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ErrorCodes.BatchTooLarge,
                        $"Một lô phải có từ 1 đến {_options.MaxBatchSize} thao tác; lô này có {batch.Length}.");
                }

                // Every element is checked before any runs: a bad element must not leave the earlier ones half-done.
                // Mutations are not batched: a later item refused (forbidden, invalid) would leave earlier writes done.
                foreach (var request in batch)
                {
                    persisted.Resolve(request ?? throw NotGraphQL("Mỗi phần tử của lô phải là một đối tượng GraphQL."));
                    request.OperationName = NullIfEmpty(request.OperationName);
                    RequireQuery(request);
                    RejectUnsupported(request);
                    // Whatever operation the item names (none, "", another one): a document holding a mutation is not batched.
                    if (MayWrite(request, anyOperation: true))
                    {
                        throw NotGraphQL("Thao tác ghi (mutation) không được gửi trong lô; hãy gửi từng thao tác.");
                    }
                }

                using var batchDeadline = Deadline(http);
                var results = new ExecutionResult[batch.Length];
                for (var i = 0; i < batch.Length; i++)
                {
                    results[i] = await ExecuteAsync(http, batch[i]!, batchDeadline.Token);
                }

                await WriteResultAsync(http, mediaType, results, StatusCodes.Status200OK);
                return;
            }

            var single = Deserialize<GraphQLRequest?>(body.Span) ?? throw NotGraphQL("Thân yêu cầu phải là một đối tượng JSON.");
            persisted.Resolve(single);
            single.OperationName = NullIfEmpty(single.OperationName);
            RequireQuery(single);
            RejectUnsupported(single);
            using var deadline = Deadline(http);
            var result = await ExecuteAsync(http, single, deadline.Token);
            await WriteResultAsync(http, mediaType, result, StatusFor(result, mediaType));
        }
        finally
        {
            body.Dispose();
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, CancellationToken deadline)
    {
        var query = request.Query!;
        var cached = documents.TryGet(query, out var document);
        if (!cached)
        {
            var (parsed, error) = Parse(query);
            if (error is not null)
            {
                return new ExecutionResult { Errors = [error] };
            }

            document = parsed!;
        }

        await using var services = new OperationServices(scopes);
        var options = new ExecutionOptions
        {
            Schema = schema.Value,
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = http.User,
            CancellationToken = deadline,
            // A document seen before skips the rules that depend on it alone; complexity also depends on the
            // operation chosen and on the variables that reach a page size, so it runs again unless neither can change.
            ValidationRules = !cached ? _validationRules : ComplexityIsFixed(document) ? [] : _complexityOnly,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = _logUnhandled,
        };

        var operation = Telemetry.PlatformTelemetry.OperationTag(request.OperationName);
        using var activity = Telemetry.PlatformTelemetry.Source.StartActivity($"graphql {operation}");
        activity?.SetTag("graphql.operation.name", operation);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options);
            Record(result, operation, started, activity);
            if (services.HasScope)
            {
                await services.GetRequiredService<SensitiveReadLog>().FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ExecutionTimeout,
                $"Thao tác chạy quá {_options.ExecutionTimeout.TotalSeconds:0.#} giây và đã bị dừng; hãy thu hẹp truy vấn.");
        }

        if (!cached && result.Executed)
        {
            documents.Remember(query, document);
        }

        return result;
    }

    /// <summary>One operation's span tags and metrics: its type, its outcome and the codes of its errors.</summary>
    private static void Record(ExecutionResult result, string operation, long started, System.Diagnostics.Activity? activity)
    {
        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var outcome = result.Errors is { Count: > 0 } ? result.Executed ? "partial" : "refused" : "ok";
        activity?.SetTag("graphql.operation.type", type);
        Telemetry.PlatformTelemetry.Operations.Add(1, new("operation", operation), new("type", type), new("outcome", outcome));
        Telemetry.PlatformTelemetry.OperationDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new("operation", operation), new("type", type));
        foreach (var error in result.Errors ?? [])
        {
            Telemetry.PlatformTelemetry.Errors.Add(1, new KeyValuePair<string, object?>("code", error.Code ?? "UNKNOWN"));
        }

        if (outcome != "ok")
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result.Errors![0].Code);
        }
    }

    private readonly Func<UnhandledExceptionContext, Task> _logUnhandled = context =>
    {
        if (SharedKernel.Data.UniqueViolation.Is(context.OriginalException))
        {
            logger.LogInformation("A save at {Path} was refused by a unique index: {Reason}", context.FieldContext?.Path, context.OriginalException.GetBaseException().Message);
            context.Exception = DomainException.Conflict("Dữ liệu này đã có: trùng mã hoặc trùng với một bản ghi vừa được lưu. Hãy tải lại, kiểm tra rồi thử lại.");
        }
        else if (SharedKernel.Data.Versions.IsStale(context.OriginalException))
        {
            logger.LogInformation("A save at {Path} was refused: the record changed since it was read", context.FieldContext?.Path);
            context.Exception = SharedKernel.Data.Versions.Stale();
        }
        else if (SharedKernel.Data.DatabaseBusy.Is(context.OriginalException))
        {
            logger.LogWarning("A save at {Path} gave up waiting for the database's write lock: {Reason}", context.FieldContext?.Path, context.OriginalException.GetBaseException().Message);
            context.Exception = new DomainException(ErrorCodes.Busy, SharedKernel.Data.DatabaseBusy.Message);
        }
        else if (UnreadableArgument(context.OriginalException))
        {
            // graphql-dotnet converts an argument when the resolver asks for it: an ID that is no GUID, a number too big.
            // Without a field, it is a variable, converted before anything runs.
            var field = context.FieldContext?.FieldDefinition.Name;
            logger.LogInformation("An argument of {Path} could not be read: {Reason}", context.FieldContext?.Path, context.OriginalException.GetBaseException().Message);
            const string Formats = "mã (ID) phải là một GUID, ví dụ 3f2504e0-4f89-11d3-9a0c-0305e82c3301; ngày ghi dạng năm-tháng-ngày, ví dụ 2026-03-21.";
            context.Exception = field is null
                ? DomainException.Validation("variables", "Một giá trị trong biến (variables) của yêu cầu không đúng dạng: " + Formats)
                : DomainException.Validation(field, $"Một tham số của '{field}' không đúng dạng: " + Formats);
        }
        else if (context.OriginalException is not DomainException and not OperationCanceledException)
        {
            logger.LogError(context.OriginalException, "GraphQL resolver failed at {Path}", context.FieldContext?.Path);
        }

        return Task.CompletedTask;
    };

    private static bool UnreadableArgument(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is FormatException or OverflowException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parsed document, or the error that says why it does not parse.</summary>
    private (GraphQLDocument? Document, ExecutionError? Error) Parse(string query)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(query, _parserOptions);
            return (document, ShapeError(DocumentShape.Measure(document)));
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            return (null, new ExecutionError($"Truy vấn lồng quá sâu (giới hạn {_options.MaxDepth} cấp).") { Code = ErrorCodes.QueryTooDeep });
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException ex)
        {
            return (null, new SyntaxError(ex));
        }
    }

    /// <summary>The limits a document's expanded size must keep, checked before any validation rule walks it.</summary>
    private ExecutionError? ShapeError(DocumentShape shape) => shape switch
    {
        { Depth: var depth } when depth > _options.MaxDepth =>
            new ExecutionError($"Truy vấn lồng {depth} cấp, vượt giới hạn {_options.MaxDepth} cấp.") { Code = ErrorCodes.QueryTooDeep },
        { Aliases: var aliases } when aliases > _options.MaxAliases =>
            new ExecutionError($"Truy vấn dùng {aliases} bí danh (alias), vượt giới hạn {_options.MaxAliases}.") { Code = ErrorCodes.TooManyAliases },
        { Repeats: var repeats } when repeats > _options.MaxRepeatedSelections =>
            new ExecutionError($"Truy vấn chọn lặp lại một trường (hoặc một fragment) {repeats} lần ở cùng một chỗ, vượt giới hạn {_options.MaxRepeatedSelections}; "
                + "chọn mỗi trường một lần là đủ.") { Code = ErrorCodes.QueryTooComplex },
        { Selections: var selections } when selections > _options.MaxSelections =>
            new ExecutionError($"Truy vấn chọn {selections} trường sau khi mở các fragment, vượt giới hạn {_options.MaxSelections}.") { Code = ErrorCodes.QueryTooComplex },
        _ => null,
    };

    /// <summary>One deadline for the whole HTTP request, batch included.</summary>
    private CancellationTokenSource Deadline(HttpContext http)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(_options.ExecutionTimeout);
        return deadline;
    }

    /// <summary>
    /// Whether the request may run a mutation (or subscription): the operation it names, or — when it
    /// names none — any operation of the document. Used where writes are not allowed (GET, batches).
    /// </summary>
    private bool MayWrite(GraphQLRequest request, bool anyOperation = false)
    {
        if (!documents.TryGet(request.Query!, out var document) && (document = Parse(request.Query!).Document!) is null)
        {
            return false; // execution reports the syntax error
        }

        return document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => anyOperation || request.OperationName is null || o.Name?.StringValue == request.OperationName)
            .Any(o => o.Operation is OperationType.Mutation or OperationType.Subscription);
    }

    /// <summary>
    /// Subscriptions and incremental delivery (@defer, @stream) are not offered over this endpoint: refused with a
    /// code a client can act on, before validation would call them unknown.
    /// </summary>
    private void RejectUnsupported(GraphQLRequest request)
    {
        if (!documents.TryGet(request.Query!, out var document) && (document = Parse(request.Query!).Document!) is null)
        {
            return; // execution reports the syntax error
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => request.OperationName is null || o.Name?.StringValue == request.OperationName).ToList();
        if (operations.Any(o => o.Operation == OperationType.Subscription))
        {
            throw Unsupported("Nền tảng chưa hỗ trợ subscription; hãy dùng query và hỏi lại khi cần số liệu mới.");
        }

        if (IncrementalDirectives.Walk(document))
        {
            throw Unsupported("Nền tảng chưa hỗ trợ @defer và @stream; hãy bỏ chỉ thị đó, cả kết quả được trả một lần.");
        }
    }

    private static GraphQLHttpRequestException Unsupported(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.OperationNotSupported, message);

    /// <summary>
    /// A document whose complexity cannot change between requests: one operation, and no variable reaching what the
    /// complexity analysis reads (a page size, @skip/@include). Its variables are still parsed on every request.
    /// </summary>
    private static bool ComplexityIsFixed(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().Take(2).ToList();
        return operations.Count == 1 && (operations[0].Variables is null or { Items.Count: 0 } || !ComplexityInputs.ReadVariables(document));
    }

    /// <summary>
    /// With application/graphql-response+json, a request that never executed is a 400 when the document
    /// was at fault (syntax, validation, access) and a 500 when the server was.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || mediaType != GraphQLMediaTypes.GraphQLResponse)
        {
            return StatusCodes.Status200OK;
        }

        // A fault recognised as the caller's (an unreadable variable) was turned into a DomainException: still a 400.
        return result.Errors?.Any(e => e is UnhandledError { InnerException: not DomainException }) == true
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private async Task WriteResultAsync(HttpContext http, string mediaType, object result, int statusCode)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        try
        {
            serializer.Write(http.Response.BodyWriter, result);
        }
        catch (Exception ex)
        {
            // Part of the body may already be in the pipe: a clean error can no longer follow it.
            logger.LogError(ex, "Could not write a GraphQL response; the connection is aborted");
            http.Abort();
            return;
        }

        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    private Task WriteRequestErrorAsync(HttpContext http, string mediaType, GraphQLHttpRequestException error)
    {
        var result = new ExecutionResult
        {
            Errors = [new ExecutionError(error.Message) { Code = error.Code }],
        };
        return WriteResultAsync(http, mediaType, result, error.StatusCode);
    }

    /// <summary>Reads the whole body into a pooled buffer, refusing it as soon as it passes the size limit.</summary>
    private async Task<PooledBody> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > _options.MaxRequestBytes)
        {
            throw TooLarge();
        }

        var body = new PooledBody((int)Math.Min(http.Request.ContentLength ?? 4096, _options.MaxRequestBytes) + 1);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(body.FreeSpace, http.RequestAborted)) > 0)
            {
                body.Advance(read);
                if (body.Length > _options.MaxRequestBytes)
                {
                    throw TooLarge();
                }

                body.EnsureFreeSpace();
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private static bool IsJsonArray(ReadOnlySpan<byte> json)
    {
        var start = json.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && json[start] == (byte)'[';
    }

    private T Deserialize<T>(ReadOnlySpan<byte> json)
    {
        try
        {
            return serializer.Deserialize<T>(json)!;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw NotGraphQL($"Thân yêu cầu không phải JSON GraphQL hợp lệ: {ex.Message}");
        }
    }

    private T? ParseJsonParameter<T>(string value, string name) where T : class
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return serializer.Deserialize<T>(value);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw NotGraphQL($"Tham số '{name}' phải là một đối tượng JSON.");
        }
    }

    private static void RequireQuery(GraphQLRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw NotGraphQL("Yêu cầu GraphQL phải có 'query' là một chuỗi không rỗng.");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static GraphQLHttpRequestException NotGraphQL(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private GraphQLHttpRequestException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"Yêu cầu vượt quá giới hạn {_options.MaxRequestBytes} byte.");
}
