using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>Issue 20, item 4: Talent honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(TalentHost province) : IClassFixture<TalentHost>
{
    [Fact]
    public async Task A_restricted_person_cannot_be_posted_to_a_remote_commune_and_nothing_is_saved()
    {
        var person = await province.CreatePersonAsync("Lý Văn Hạn", province.Commune);
        await province.RestrictProcessingAsync(person);

        var posted = await province.GraphQLAsync("mutation($input: TalentRemotePostingInput!) { recordTalentRemotePosting(input: $input) { id } }",
            new { input = new { personId = person, unitId = province.Commune, decision = province.NextCode("QĐ"), startsOn = "2025-09-01" } }, province.Editor);

        posted.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        (await province.GraphQLAsync("query($p: ID!) { talentRemoteEntitlements(personId: $p) { from } }", new { p = person }, province.Editor))
            .Data("talentRemoteEntitlements").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_expert_may_not_be_linked_to_a_restricted_person()
    {
        var person = await province.CreatePersonAsync("Lý Thị Chuyên", province.Hospital, gender: "FEMALE");
        await province.RestrictProcessingAsync(person);

        var linked = await province.GraphQLAsync("mutation($input: TalentExpertInput!) { createTalentExpert(input: $input) { id } }",
            new { input = new { fullName = "Lý Thị Chuyên", origin = "OVERSEAS_VIETNAMESE", country = "Hàn Quốc", fieldCode = "health", organisation = "Bệnh viện Seoul", intellectualId = person } },
            province.Editor);

        linked.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "intellectualId");
    }
}
