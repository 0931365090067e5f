using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>When the Registry merges two records of one person, memberships, seats and comments follow the kept one, without doubling a seat.</summary>
public sealed class MergedPersonTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task Memberships_leadership_and_panel_seats_and_comments_move_to_the_kept_record()
    {
        var kept = await province.CreatePersonAsync("Vàng Seo Lử", province.Hospital, field: "health");
        var duplicate = await province.CreatePersonAsync("Vàng Seo Lử", province.Hospital, field: "health");
        var (association, editor) = await province.FoundAsync("Hội Đông y", foundedOn: "2015-01-01");
        await province.AdmitAsync(association, duplicate, "2020-01-01", editor);
        var term = (await province.GraphQLAsync("mutation($input: AssociationsTermInput!) { openAssociationsTerm(input: $input) { id } }",
            new { input = new { associationId = association, title = "Khóa I", congressDecision = "NQ-ĐH-1", startsOn = "2021-01-01", endsOn = "2025-12-31" } }, editor))
            .Data("openAssociationsTerm").Id();
        (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsLeaderInput!) { appointAssociationsLeader(id: $id, input: $input) { id } }",
            new { id = term, input = new { personId = duplicate, role = "PRESIDENT", appointedOn = "2021-01-01" } }, editor)).Data("appointAssociationsLeader");
        var agencyUser = province.NextCode("co-quan");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }",
            new { unit = province.HealthDepartment, user = agencyUser }, province.Administrator)).Data("grantAssociationsAgencyResponder");
        var request = (await province.GraphQLAsync("mutation($input: AssociationsConsultationInput!) { requestAssociationsConsultation(input: $input) { id } }", new
        {
            input = new
            {
                agencyUnitId = province.HealthDepartment, subject = "Đề án y học cổ truyền", subjectKind = "PROJECT", kind = "CRITIQUE", documents = "Dự thảo",
                receivedOn = "2025-03-01", deadline = "2025-05-01", associationId = association, drafterIds = Array.Empty<Guid>(),
            },
        }, province.EditorNamed(agencyUser))).Data("requestAssociationsConsultation").Id();
        foreach (var person in new[] { kept, duplicate })
        {
            (await province.GraphQLAsync("mutation($id: ID!, $p: ID!) { seatAssociationsExpert(id: $id, personId: $p) { id } }", new { id = request, p = person }, editor))
                .Data("seatAssociationsExpert");
        }

        (await province.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, province.RegistryEditor)).Data("mergeIntellectuals");

        var after = await Eventually.ValueAsync(
            () => province.GraphQLAsync("query($id: ID!, $r: ID!) { intellectual(id: $id) { associationsMemberships { associationId } associationsConsultationPanels { id } } associationsConsultation(id: $r) { panel { person { id } } } }",
                new { id = kept, r = request }, province.Administrator),
            // The Registry answers for a merged id with the kept person at once, so wait for the module's own rows to move.
            result => result.Data("intellectual").GetProperty("associationsMemberships").GetArrayLength() == 1
                && result.Data("associationsConsultation").GetProperty("panel").GetArrayLength() == 1);

        after.Data("intellectual").GetProperty("associationsMemberships")[0].GetProperty("associationId").GetGuid().Should().Be(association);
        after.Data("intellectual").GetProperty("associationsConsultationPanels").EnumerateArray().Select(r => r.Id()).Should().Equal(request);
        after.Data("associationsConsultation").GetProperty("panel").EnumerateArray().Select(s => s.GetProperty("person").Id())
            .Should().Equal(new[] { kept }, "the kept person already sat on the panel: the seat is not doubled");
    }
}
