using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>A panel proposed by the expert finder never names a drafter of the subject nor anyone with a declared conflict.</summary>
public sealed class PanelProposalTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task The_expert_finder_proposes_people_of_the_field_but_never_a_drafter_or_a_declared_conflict()
    {
        var drafter = province.People[0];
        var expert = province.People[1];
        var conflicted = province.People[2];
        foreach (var person in new[] { drafter, expert, conflicted })
        {
            (await province.GraphQLAsync("mutation($id: ID!) { addQualification(intellectualId: $id, input: { degree: MASTER, field: \"Y tế công cộng\", year: 2012 }) { id } }",
                new { id = person }, province.Administrator)).Data("addQualification");
        }

        var (association, editor) = await province.FoundAsync("Hội Y học dự phòng", foundedOn: "2015-01-01");
        var user = province.NextCode("co-quan");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }",
            new { unit = province.HealthDepartment, user }, province.Administrator)).Data("grantAssociationsAgencyResponder");
        var request = (await province.GraphQLAsync("mutation($input: AssociationsConsultationInput!) { requestAssociationsConsultation(input: $input) { id } }", new
        {
            input = new
            {
                agencyUnitId = province.HealthDepartment, subject = "Kế hoạch phòng chống dịch", subjectKind = "PLAN", kind = "CONSULTATION", documents = "Dự thảo",
                receivedOn = "2025-03-01", deadline = "2025-05-01", associationId = association, drafterIds = new[] { drafter },
            },
        }, province.EditorNamed(user))).Data("requestAssociationsConsultation").Id();
        (await province.GraphQLAsync("mutation($id: ID!, $p: ID!) { declareAssociationsConflict(id: $id, personId: $p) { id } }", new { id = request, p = conflicted }, editor))
            .Data("declareAssociationsConflict");

        var proposed = (await province.GraphQLAsync("query($id: ID!) { associationsProposedPanel(id: $id, field: \"health\") { person { id } } }", new { id = request }, editor))
            .Data("associationsProposedPanel").EnumerateArray().Select(e => e.GetProperty("person").Id()).ToList();
        var everyone = (await province.GraphQLAsync("{ experts(topic: \"y te cong cong\", field: \"health\") { nodes { person { id } } } }", token: province.Administrator))
            .Data("experts").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("person").Id()).ToList();

        everyone.Should().Contain([drafter, expert, conflicted], "the finder itself knows all three");
        proposed.Should().Contain(expert).And.NotContain(drafter, "a drafter is never proposed").And.NotContain(conflicted);
    }
}
