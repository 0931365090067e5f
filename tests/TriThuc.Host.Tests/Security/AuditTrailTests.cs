using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Security;

public sealed class AuditTrailTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private TestHost Host => fixture.Host;

    private const string Trail = "query($id: ID!) { auditTrail(entityId: $id) { module entityType action changedBy requestId changes } }";

    [Fact]
    public async Task An_administrator_sees_who_changed_a_record_when_and_what()
    {
        using var response = await Host.PostGraphQLAsync("mutation { sendGreeting(text: \"Kiểm toán\") { id } }", token: Host.Token(Roles.Editor, "Greeting"));
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        var id = (await TestHost.ReadJsonAsync(response)).GetProperty("data").GetProperty("sendGreeting").GetProperty("id").GetString();

        var trail = (await Host.GraphQLAsync(Trail, new { id }, token: Host.Token(Roles.Administrator)))
            .GetProperty("data").GetProperty("auditTrail").EnumerateArray().ToList();

        var entry = trail.Should().ContainSingle().Which;
        entry.GetProperty("module").GetString().Should().Be("Greeting");
        entry.GetProperty("entityType").GetString().Should().Be("GreetingRecord");
        entry.GetProperty("action").GetString().Should().Be("Created");
        entry.GetProperty("changedBy").GetString().Should().Be("test-editor");
        entry.GetProperty("requestId").GetString().Should().Be(requestId);
        JsonDocument.Parse(entry.GetProperty("changes").GetString()!).RootElement
            .GetProperty("Text").GetProperty("after").GetString().Should().Be("Kiểm toán");
    }

    [SqliteFact]
    public async Task The_database_itself_refuses_to_change_or_delete_an_audit_entry()
    {
        await Host.GraphQLAsync("mutation { sendGreeting(text: \"Không xóa được\") { id } }", token: Host.Token(Roles.Editor, "Greeting"));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Host.DataPath, "greeting.db")}");
        await connection.OpenAsync();

        foreach (var sql in new[] { "DELETE FROM AuditEntries", "UPDATE AuditEntries SET ChangedBy = 'someone else'" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var tamper = () => command.ExecuteNonQueryAsync();
            (await tamper.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>()).Which.Message.Should().Contain("append-only");
        }
    }

    [Fact]
    public async Task Nobody_but_an_administrator_may_read_the_trail_and_no_mutation_can_change_it()
    {
        var variables = new { id = Guid.NewGuid() };

        FieldAccessTests.Forbidden(await Host.GraphQLAsync(Trail, variables, token: Host.Token(Roles.Editor, "Greeting"))).Should().Equal("Query.auditTrail");
        FieldAccessTests.Forbidden(await Host.GraphQLAsync(Trail, variables, token: Host.Token(Roles.Viewer))).Should().Equal("Query.auditTrail");
        var sdl = await Host.Client.GetStringAsync("/graphql/schema.graphql");
        sdl.Should().NotMatchRegex(@"(?i)\b(update|delete|remove|edit)\w*Audit");
    }
}
