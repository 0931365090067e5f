using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>A draft's comment window may not be shorter than the configured minimum (5 minutes in these tests; 10 days by default).</summary>
public sealed class DraftWindowTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task A_window_shorter_than_the_minimum_is_refused_naming_the_minimum_and_nothing_is_published()
    {
        var user = province.NextCode("soan-thao");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }",
            new { unit = province.HealthDepartment, user }, province.Administrator)).Data("grantAssociationsAgencyResponder");
        var agency = province.EditorNamed(user);
        var opensAt = province.Clock.GetUtcNow();

        var tooShort = await PublishAsync(agency, opensAt, opensAt + TimeSpan.FromMinutes(4));
        var drafts = (await province.GraphQLAsync("{ associationsDrafts { totalCount } }", token: province.Administrator)).Data("associationsDrafts").GetProperty("totalCount").GetInt32();
        var enough = await PublishAsync(agency, opensAt, opensAt + TimeSpan.FromMinutes(5));

        tooShort.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "closesAt" && e.Message!.Contains("ít nhất 5 phút"));
        drafts.Should().Be(0);
        enough.Data("publishAssociationsDraft").Id().Should().NotBeEmpty();
    }

    private Task<System.Text.Json.JsonElement> PublishAsync(string token, DateTimeOffset opensAt, DateTimeOffset closesAt) =>
        province.GraphQLAsync("mutation($input: AssociationsDraftInput!) { publishAssociationsDraft(input: $input) { id } }", new
        {
            input = new { agencyUnitId = province.HealthDepartment, title = "Dự thảo quy chế", paragraphs = new[] { "Điều 1." }, opensAt, closesAt },
        }, token);
}
