using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Security;

public sealed class DataSubjectRightsTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private TestHost Host => fixture.Host;

    private string Administrator => Host.Token(Roles.Administrator);

    [Fact]
    public async Task An_administrator_exports_everything_held_about_a_person_as_json_and_the_export_is_audited()
    {
        await Host.GraphQLAsync("mutation { sendGreeting(text: \"Của tôi\") { id } }", token: Host.Token(Roles.Editor, "Greeting"));
        await Host.GraphQLAsync(
            "mutation { recordProcessingBasis(personId: \"test-editor\", kind: PUBLIC_DUTY, reference: \"Luật Cán bộ, công chức\") { reference } }",
            token: Administrator);

        var json = (await Host.GraphQLAsync("mutation { exportPersonalData(personId: \"test-editor\") }", token: Administrator))
            .GetProperty("data").GetProperty("exportPersonalData").GetString()!;

        var export = JsonDocument.Parse(json).RootElement;
        export.GetProperty("personId").GetString().Should().Be("test-editor");
        export.GetProperty("exportedBy").GetString().Should().Be("test-administrator");
        export.GetProperty("modules").GetProperty("Greeting").GetProperty("greetingsSent").EnumerateArray()
            .Select(g => g.GetProperty("Text").GetString()).Should().Contain("Của tôi");
        export.GetProperty("processingBases")[0].GetProperty("kind").GetString().Should().Be("PublicDuty");
        json.Should().Contain("Luật Cán bộ, công chức", "Vietnamese is written as plain UTF-8");
    }

    [Fact]
    public async Task Restricting_and_lifting_are_recorded_and_a_second_restriction_is_a_conflict()
    {
        const string person = "nguoi-bi-han-che";
        await Host.GraphQLAsync("mutation { sendGreeting(text: \"Xin chào\") { id } }", token: PersonToken(person));
        await Host.GraphQLAsync($"mutation {{ restrictProcessing(personId: \"{person}\", reason: \"Chủ thể yêu cầu\") }}", token: Administrator);

        (await Restricted(person)).Should().BeTrue();
        var again = await Host.GraphQLAsync($"mutation {{ restrictProcessing(personId: \"{person}\", reason: \"Lần nữa\") }}", token: Administrator);
        again.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("CONFLICT");

        await Host.GraphQLAsync($"mutation {{ liftProcessingRestriction(personId: \"{person}\") }}", token: Administrator);
        (await Restricted(person)).Should().BeFalse();
    }

    [Fact]
    public async Task A_basis_without_its_reference_is_refused_naming_the_field()
    {
        var result = await Host.GraphQLAsync(
            "mutation { recordProcessingBasis(personId: \"x\", kind: CONSENT, reference: \"  \") { reference } }", token: Administrator);

        var error = result.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION");
        error.GetProperty("extensions").GetProperty("field").GetString().Should().Be("reference");
    }

    [Fact]
    public async Task Nobody_but_an_administrator_exercises_these_rights()
    {
        var editor = Host.Token(Roles.Editor, "Greeting", Permissions.PersonalDataRead);

        FieldAccessTests.Forbidden(await Host.GraphQLAsync("mutation { exportPersonalData(personId: \"x\") }", token: editor))
            .Should().Equal("Mutation.exportPersonalData");
        FieldAccessTests.Forbidden(await Host.GraphQLAsync("{ processingRestricted(personId: \"x\") }", token: editor))
            .Should().Equal("Query.processingRestricted");
    }

    [Theory]
    [InlineData("mutation { exportPersonalData(personId: \"khong-ai-co\") }")]
    [InlineData("mutation { restrictProcessing(personId: \"khong-ai-co\", reason: \"Chủ thể yêu cầu\") }")]
    [InlineData("mutation { recordProcessingBasis(personId: \"khong-ai-co\", kind: CONSENT, reference: \"Phiếu 12\") { id } }")]
    public async Task A_right_exercised_for_a_person_no_module_knows_is_refused_and_nothing_is_recorded(string mutation)
    {
        var result = await Host.GraphQLAsync(mutation, token: Administrator);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "NOT_FOUND" && e.Field == "personId");
        (await Restricted("khong-ai-co")).Should().BeFalse();
        (await Host.GraphQLAsync("{ processingBases(personId: \"khong-ai-co\") { id } }", token: Administrator))
            .Data("processingBases").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("mutation($p: ID!) { exportPersonalData(personId: $p) }")]
    [InlineData("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể yêu cầu\") }")]
    [InlineData("mutation($p: ID!) { liftProcessingRestriction(personId: $p) }")]
    [InlineData("mutation($p: ID!) { recordProcessingBasis(personId: $p, kind: CONSENT, reference: \"Phiếu 12\") { id } }")]
    [InlineData("query($p: ID!) { processingRestricted(personId: $p) }")]
    [InlineData("query($p: ID!) { processingBases(personId: $p) { id } }")]
    public async Task An_oversized_person_id_is_refused_naming_the_field(string document)
    {
        var result = await Host.GraphQLAsync(document, new { p = new string('7', 5_000) }, token: Administrator);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "personId");
    }

    /// <summary>A token for a user who, by sending a greeting, becomes a person the Greeting module holds data about.</summary>
    private string PersonToken(string userId) => fixture.Host.TokenFor(userId, Roles.Editor, "Greeting");

    private async Task<bool> Restricted(string person) =>
        (await Host.GraphQLAsync($"{{ processingRestricted(personId: \"{person}\") }}", token: Administrator))
            .GetProperty("data").GetProperty("processingRestricted").GetBoolean();
}
