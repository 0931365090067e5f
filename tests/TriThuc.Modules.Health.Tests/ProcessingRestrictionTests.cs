using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

/// <summary>Issue 20, item 4: Health honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(HealthHost province) : IClassFixture<HealthHost>
{
    [Fact]
    public async Task A_licence_or_a_cme_activity_for_a_restricted_person_is_refused_and_nothing_is_saved()
    {
        var person = await province.CreatePersonAsync("Hà Thị Hạn", province.Hospital, field: "health");
        await province.RestrictProcessingAsync(person);

        var licence = await province.IssueRawAsync(person, province.NextCode("GPHN"), "DOCTOR", HealthHost.Today.AddDays(-30));
        var cme = await province.RecordCmeRawAsync(person, 8, HealthHost.Today.AddDays(-3));

        licence.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "holderId");
        cme.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        var held = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { healthPractisingLicences { id } healthCmeActivities { id } } }",
            new { id = person }, province.Administrator)).Data("intellectual");
        held.GetProperty("healthPractisingLicences").GetArrayLength().Should().Be(0);
        held.GetProperty("healthCmeActivities").GetArrayLength().Should().Be(0);
    }
}
