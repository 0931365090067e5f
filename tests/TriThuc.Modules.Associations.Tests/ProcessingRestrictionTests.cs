using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Issue 20, item 4: Associations honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task A_restricted_person_cannot_be_admitted_as_a_member_and_nothing_is_saved()
    {
        var (association, editor) = await province.FoundAsync("Hội Hạn chế xử lý");
        var person = await province.CreatePersonAsync("Vàng Thị Hạn", province.HealthDepartment);
        await province.RestrictProcessingAsync(person);

        var admitted = await province.AdmitRawAsync(association, person, "2025-03-01", editor);

        admitted.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { associationsMemberships { id } } }", new { id = person }, province.Administrator))
            .Data("intellectual").GetProperty("associationsMemberships").GetArrayLength().Should().Be(0);
    }
}
