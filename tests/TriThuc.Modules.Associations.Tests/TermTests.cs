using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Terms follow one another; their leaders are official members, one seat each, one president.</summary>
public sealed class TermTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private Task<JsonElement> OpenAsync(Guid association, string title, string startsOn, string endsOn, string token) =>
        province.GraphQLAsync("mutation($input: AssociationsTermInput!) { openAssociationsTerm(input: $input) { id } }",
            new { input = new { associationId = association, title, congressDecision = province.NextCode("NQ-ĐH"), startsOn, endsOn } }, token);

    private Task<JsonElement> AppointAsync(Guid term, Guid person, string role, string appointedOn, string token) =>
        province.GraphQLAsync("mutation($id: ID!, $input: AssociationsLeaderInput!) { appointAssociationsLeader(id: $id, input: $input) { id } }",
            new { id = term, input = new { personId = person, role, appointedOn } }, token);

    [Fact]
    public async Task A_term_is_elected_with_its_leaders_who_are_official_members_one_seat_each()
    {
        var (association, editor) = await province.FoundAsync("Hội Thủy lợi", foundedOn: "2015-01-01");
        var (_, otherEditor) = await province.FoundAsync("Hội Lâm nghiệp", foundedOn: "2015-01-01");
        await province.AdmitAsync(association, province.People[0], "2018-01-01", editor);
        await province.AdmitAsync(association, province.People[1], "2018-01-01", editor, kind: "ASSOCIATE");
        await province.AdmitAsync(association, province.People[2], "2018-01-01", editor);

        var term = (await OpenAsync(association, "Khóa II, 2023–2028", "2023-03-01", "2028-02-28", editor)).Data("openAssociationsTerm").Id();
        (await AppointAsync(term, province.People[0], "PRESIDENT", "2023-03-01", editor)).Data("appointAssociationsLeader");

        var associate = await AppointAsync(term, province.People[1], "VICE_PRESIDENT", "2023-03-01", editor);
        var secondPresident = await AppointAsync(term, province.People[2], "PRESIDENT", "2023-03-01", editor);
        var twice = await AppointAsync(term, province.People[0], "STANDING_COMMITTEE", "2023-03-01", editor);
        var notMember = await AppointAsync(term, province.People[3], "EXECUTIVE_COMMITTEE", "2023-03-01", editor);
        var overlapping = await OpenAsync(association, "Khóa III", "2027-01-01", "2031-12-31", editor);
        var tooLong = await OpenAsync(association, "Khóa III", "2028-03-01", "2034-03-01", editor);
        var byOther = await AppointAsync(term, province.People[2], "VICE_PRESIDENT", "2023-03-01", otherEditor);
        (await AppointAsync(term, province.People[2], "GENERAL_SECRETARY", "2023-04-01", editor)).Data("appointAssociationsLeader");

        associate.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "personId" && e.Message!.Contains("chính thức"));
        secondPresident.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "role");
        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "personId");
        notMember.FirstError().Field.Should().Be("personId");
        overlapping.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("Khóa II"));
        tooLong.FirstError().Field.Should().Be("endsOn");
        byOther.FirstError().Code.Should().Be("FORBIDDEN");

        var terms = (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { terms { title leaders { role person { id } } } } }",
            new { id = association }, province.RegistryEditor)).Data("associationsAssociation").GetProperty("terms");
        terms.GetArrayLength().Should().Be(1);
        terms[0].GetProperty("leaders").EnumerateArray().Select(l => (l.Text("role"), l.GetProperty("person").GetProperty("id").GetGuid()))
            .Should().Equal(("PRESIDENT", province.People[0]), ("GENERAL_SECRETARY", province.People[2]));
    }
}
