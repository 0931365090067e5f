using System.Net;
using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>The transport rules of the GraphQL-over-HTTP specification, as a client sees them.</summary>
public sealed class GraphQLOverHttpTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private TestHost Host => fixture.Host;

    private string Editor => Host.Token(Roles.Editor, "Greeting");

    [Fact]
    public async Task Post_answers_typename_with_the_graphql_response_media_type_and_plain_utf8_vietnamese()
    {
        using var response = await Host.PostGraphQLAsync("{ __typename greeting }", accept: GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        var raw = await response.Content.ReadAsStringAsync();
        raw.Should().Contain("\"__typename\":\"Query\"").And.Contain("Xin chào, Tuyên Quang! Trí thức Hà Giang.");
        raw.Should().NotContain("\\u");
    }

    [Fact]
    public async Task Get_answers_a_query_from_the_query_string()
    {
        using var response = await Host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await TestHost.ReadJsonAsync(response)).GetProperty("data").GetProperty("__typename").GetString().Should().Be("Query");
    }

    [Fact]
    public async Task Get_takes_variables_and_operation_name_as_json_parameters()
    {
        await Host.GraphQLAsync("mutation { a: sendGreeting(text: \"GET 1\") { id } b: sendGreeting(text: \"GET 2\") { id } }", token: Editor);
        const string document = "query A { __typename } query B($first: Int) { greetings(first: $first) { totalCount edges { cursor } pageInfo { hasPreviousPage } } }";
        var url = "/graphql?query=" + Uri.EscapeDataString(document) + "&operationName=B&variables=" + Uri.EscapeDataString("{\"first\":1}");

        using var response = await Host.GetAsync(url, Editor);

        var json = await TestHost.ReadJsonAsync(response);
        json.GetProperty("data").GetProperty("greetings").GetProperty("totalCount").ValueKind.Should().Be(JsonValueKind.Number);
        json.GetProperty("data").GetProperty("greetings").GetProperty("edges").GetArrayLength().Should().Be(1, "the variable first = 1 was applied");
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_nothing_is_saved()
    {
        var before = await GreetingCountAsync();

        using var response = await Host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { sendGreeting(text: \"qua GET\") { id } }"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Contain("POST");
        (await GreetingCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_mutation_hidden_behind_an_unnamed_selection_over_get_is_refused_too()
    {
        var before = await GreetingCountAsync();
        var query = "mutation M { sendGreeting(text: \"qua GET\") { id } } query Q { __typename }";

        using var response = await Host.GetAsync("/graphql?query=" + Uri.EscapeDataString(query), Editor);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await GreetingCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_batch_carrying_a_mutation_is_refused_whole()
    {
        var before = await GreetingCountAsync();
        var batch = "[{\"query\":\"{ __typename }\"}, {\"query\":\"mutation { sendGreeting(text: \\\"trong lô\\\") { id } }\"}]";

        using var response = await Host.PostRawAsync(batch, "application/json", GraphQLResponse, Editor);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await GreetingCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_a_400_with_graphql_response_json_and_a_200_with_application_json()
    {
        using var modern = await Host.PostGraphQLAsync("{ noSuchField }", accept: GraphQLResponse);
        using var legacy = await Host.PostGraphQLAsync("{ noSuchField }", accept: "application/json");

        modern.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        legacy.StatusCode.Should().Be(HttpStatusCode.OK);
        legacy.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        foreach (var response in new[] { modern, legacy })
        {
            var json = await TestHost.ReadJsonAsync(response);
            json.TryGetProperty("data", out _).Should().BeFalse();
            Code(json).Should().Be("GRAPHQL_VALIDATION_FAILED");
        }
    }

    [Fact]
    public async Task A_syntax_error_is_a_400_with_its_own_code()
    {
        using var response = await Host.PostGraphQLAsync("{ greeting ", accept: GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Code(await TestHost.ReadJsonAsync(response)).Should().Be("GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public async Task No_accept_header_gets_application_json()
    {
        using var response = await Host.PostGraphQLAsync("{ __typename }");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task A_client_accepting_anything_gets_application_json_and_its_errors_with_200_as_the_spec_asks(string? accept)
    {
        using var ok = await Host.PostGraphQLAsync("{ __typename }", accept: accept);
        using var invalid = await Host.PostGraphQLAsync("{ noSuchField }", accept: accept);
        using var forbidden = await Host.PostGraphQLAsync("{ greetings { totalCount } }", accept: accept);

        ok.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        invalid.StatusCode.Should().Be(HttpStatusCode.OK, "a legacy client (Apollo Client 3 sends */*) must see GraphQL errors, not a network error");
        invalid.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        forbidden.StatusCode.Should().Be(HttpStatusCode.OK);
        (await TestHost.ReadJsonAsync(forbidden)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
    }

    [Theory]
    [InlineData("subscription { greeting }")]
    [InlineData("subscription OnGreeting { greeting }")]
    [InlineData("{ greeting ... @defer { __typename } }")]
    [InlineData("query { greetings { edges @stream { cursor } } }")]
    public async Task An_operation_the_platform_does_not_support_is_a_400_with_a_clear_code_never_a_500(string query)
    {
        using var response = await Host.PostGraphQLAsync(query, accept: GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = (await TestHost.ReadJsonAsync(response)).GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("OPERATION_NOT_SUPPORTED");
        error.GetProperty("message").GetString().Should().Contain("chưa hỗ trợ");
    }

    [Fact]
    public async Task A_media_type_refused_with_q_0_is_not_chosen_through_a_wildcard()
    {
        using var response = await Host.PostGraphQLAsync("{ __typename }", accept: "application/graphql-response+json;q=0, */*");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_a_406()
    {
        using var response = await Host.PostGraphQLAsync("{ __typename }", accept: "text/html");

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("text/plain", "{\"query\":\"{ __typename }\"}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "{ this is not json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"variables\":{}}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"query\":42}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "\"just a string\"", HttpStatusCode.BadRequest)]
    public async Task A_request_that_is_not_graphql_is_refused_before_execution(string contentType, string body, HttpStatusCode expected)
    {
        using var response = await Host.PostRawAsync(body, contentType, accept: GraphQLResponse);

        response.StatusCode.Should().Be(expected);
        Code(await TestHost.ReadJsonAsync(response)).Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task Variables_and_operation_name_select_and_feed_the_operation()
    {
        var result = await Host.GraphQLAsync(
            "query Other { __typename } mutation Send($text: String!) { sendGreeting(text: $text) { text createdBy } }",
            new { text = "Chào Đồng Văn" },
            "Send",
            Editor);

        var greeting = result.GetProperty("data").GetProperty("sendGreeting");
        greeting.GetProperty("text").GetString().Should().Be("Chào Đồng Văn");
        greeting.GetProperty("createdBy").GetString().Should().Be("test-editor");
    }

    [Fact]
    public async Task A_business_rule_error_carries_code_field_and_a_vietnamese_message_and_saves_nothing()
    {
        var before = await GreetingCountAsync();

        var result = await Host.GraphQLAsync("mutation { sendGreeting(text: \"   \") { id } }", token: Editor);

        var error = result.GetProperty("errors")[0];
        error.GetProperty("message").GetString().Should().Be("Lời chào không được để trống.");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION");
        error.GetProperty("extensions").GetProperty("field").GetString().Should().Be("text");
        (await GreetingCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_unexpected_failure_is_internal_with_no_detail_or_stack_trace_leaking()
    {
        using var response = await Host.PostGraphQLAsync("{ brokenField }");

        var raw = await response.Content.ReadAsStringAsync();
        raw.Should().NotContain("hunter2").And.NotContain("InvalidOperationException").And.NotContain(" at ");
        Code(JsonDocument.Parse(raw).RootElement).Should().Be("INTERNAL");
        response.Headers.GetValues("X-Request-Id").Should().ContainSingle().Which.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_batch_answers_each_operation_in_order()
    {
        using var response = await Host.PostRawAsync(
            "[{\"query\":\"{ __typename }\"},{\"query\":\"{ greeting }\"}]", "application/json", GraphQLResponse);

        var results = (await TestHost.ReadJsonAsync(response)).EnumerateArray().ToList();
        results.Should().HaveCount(2);
        results[1].GetProperty("data").GetProperty("greeting").GetString().Should().StartWith("Xin chào");
    }

    [Fact]
    public async Task A_batch_with_one_bad_element_runs_none_of_them()
    {
        var before = await GreetingCountAsync();
        var batch = "[{\"query\":\"mutation { sendGreeting(text: \\\"trong lô\\\") { id } }\"}, {}]";

        using var response = await Host.PostRawAsync(batch, "application/json", GraphQLResponse, Editor);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await GreetingCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Field_suggestions_are_given_where_enabled()
    {
        var result = await Host.GraphQLAsync("{ greetin }");

        result.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("greeting");
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused_with_its_own_code()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 4)) + "]";

        using var response = await Host.PostRawAsync(batch, "application/json", GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Code(await TestHost.ReadJsonAsync(response)).Should().Be("BATCH_TOO_LARGE");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_and_the_host_answers_normally_afterwards()
    {
        var huge = "{ " + new string(' ', 30_000) + "__typename }";

        using var tooLarge = await Host.PostGraphQLAsync(huge, accept: GraphQLResponse);
        using var next = await Host.PostGraphQLAsync("{ __typename }", accept: GraphQLResponse);

        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Code(await TestHost.ReadJsonAsync(tooLarge)).Should().Be("REQUEST_TOO_LARGE");
        next.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_long_get_within_the_limit_is_executed_and_one_past_it_gets_413_with_a_body_not_kestrel_s_empty_414()
    {
        static string Padded(int length) => "/graphql?query=" + Uri.EscapeDataString("{ __typename }\n#" + new string('a', length));
        using var withinLimit = await Host.Client.GetAsync(Padded(15_000));
        using var pastLimit = await Host.Client.GetAsync(Padded(30_000));

        withinLimit.StatusCode.Should().Be(HttpStatusCode.OK, "a 15 KB address is within this host's 20 KB limit, though over Kestrel's own 8 KB");
        pastLimit.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Code(await TestHost.ReadJsonAsync(pastLimit)).Should().Be("REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task The_parser_s_and_validator_s_errors_are_in_vietnamese_with_the_input_at_fault_as_field()
    {
        var unknownField = (await Host.GraphQLAsync("{ greetin }")).GetProperty("errors")[0];
        var badVariable = (await Host.GraphQLAsync("query($n: Int) { greetings(first: $n) { totalCount } }", new { n = "hai" }, token: Editor)).GetProperty("errors")[0];
        var unknownArgument = (await Host.GraphQLAsync("{ greetings(firstt: 1) { totalCount } }", token: Editor)).GetProperty("errors")[0];
        var syntax = (await Host.GraphQLAsync("{ greetings(first: 1) { totalCount }")).GetProperty("errors")[0];

        unknownField.GetProperty("message").GetString().Should().StartWith("Truy vấn hỏi một trường mà kiểu dữ liệu không có.");
        unknownField.GetProperty("extensions").GetProperty("field").GetString().Should().Be("greetin");
        badVariable.GetProperty("message").GetString().Should().StartWith("Giá trị của một biến không hợp lệ.");
        badVariable.GetProperty("extensions").GetProperty("field").GetString().Should().Be("n");
        unknownArgument.GetProperty("extensions").GetProperty("field").GetString().Should().Be("firstt");
        syntax.GetProperty("message").GetString().Should().StartWith("Truy vấn GraphQL sai cú pháp.");
        syntax.GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await Host.Client.PutAsync("/graphql", new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_sdl_is_served_as_text()
    {
        using var response = await Host.Client.GetAsync("/graphql/schema.graphql");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var sdl = await response.Content.ReadAsStringAsync();
        sdl.Should().Contain("type Query").And.Contain("type Mutation").And.Contain("sendGreeting(text: String!): Greeting!");
        sdl.Should().Contain("Lời chào.");
    }

    [Fact]
    public async Task A_repeated_document_keeps_its_literal_arguments_and_still_checks_its_variables()
    {
        await Host.GraphQLAsync("mutation { a: sendGreeting(text: \"Một\") { id } b: sendGreeting(text: \"Hai\") { id } }", token: Editor);
        const string literal = "{ greetings(first: 1) { edges { cursor } } }";
        const string withVariable = "query($n: Int) { greetings(first: $n) { edges { cursor } } }";

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var edges = (await Host.GraphQLAsync(literal, token: Editor)).GetProperty("data").GetProperty("greetings").GetProperty("edges");
            edges.GetArrayLength().Should().Be(1, $"attempt {attempt} must read the literal first: 1 like the first one");
        }

        (await Host.GraphQLAsync(withVariable, new { n = 2 }, token: Editor)).GetProperty("data").GetProperty("greetings").GetProperty("edges").GetArrayLength().Should().Be(2);
        Code(await Host.GraphQLAsync(withVariable, new { n = "two" }, token: Editor)).Should().Be("GRAPHQL_VALIDATION_FAILED");
    }

    private async Task<int> GreetingCountAsync() =>
        (await Host.GraphQLAsync("{ greetings(first: 0) { totalCount } }", token: Editor)).GetProperty("data").GetProperty("greetings").GetProperty("totalCount").GetInt32();

    private static string? Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
