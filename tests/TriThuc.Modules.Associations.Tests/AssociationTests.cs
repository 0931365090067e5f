using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Associations from founding to dissolution, and who may write for one.</summary>
public sealed class AssociationTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task An_association_is_founded_under_the_union_and_its_status_follows_its_dated_decisions()
    {
        var (union, _) = await province.FoundAsync("Liên hiệp các hội KH&KT tỉnh", kind: "UNION", foundedOn: "2010-05-01");
        var (association, editor) = await province.FoundAsync("Hội Y học tỉnh", parentId: union, foundedOn: "2015-03-01");

        (await province.DecideRawAsync(association, "SUSPENDED", "2024-06-01", editor)).Data("decideAssociationsStatus");
        (await province.DecideRawAsync(association, "ACTIVE", "2024-09-01", editor)).Data("decideAssociationsStatus");

        (await province.StatusAsync(association, "2015-02-28")).Should().BeNull("it did not exist before its founding");
        (await province.StatusAsync(association, "2024-05-31")).Should().Be("ACTIVE");
        (await province.StatusAsync(association, "2024-07-01")).Should().Be("SUSPENDED");
        (await province.StatusAsync(association, "2024-09-01")).Should().Be("ACTIVE");
        var listed = (await province.GraphQLAsync("query($parent: ID!) { associationsAssociations(filter: { parentId: $parent }) { totalCount edges { node { title } } } }",
            new { parent = union }, province.RegistryEditor)).Data("associationsAssociations");
        listed.GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_association_founded_without_a_grace_period_gets_the_usual_ninety_days()
    {
        var id = (await province.FoundRawAsync(new { title = "Hội Nhà báo", kind = "OTHER", field = "Báo chí", foundingDecision = province.NextCode("QĐ-TL"), foundedOn = "2018-05-02" }))
            .Data("foundAssociationsAssociation").Id();

        var graceDays = (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { graceDays } }", new { id }, province.Administrator))
            .GetProperty("data").GetProperty("associationsAssociation").GetProperty("graceDays").GetInt32();

        graceDays.Should().Be(90, "a member whose dues ran out keeps the usual grace period unless the charter sets another");
    }

    [Fact]
    public async Task A_suspended_association_admits_no_one_and_a_dissolved_one_takes_no_further_decision()
    {
        var (association, editor) = await province.FoundAsync("Hội Cựu giáo chức", foundedOn: "2018-01-01");
        (await province.DecideRawAsync(association, "SUSPENDED", "2024-01-01", editor)).Data("decideAssociationsStatus");

        var admitted = await province.AdmitRawAsync(association, province.People[0], "2024-02-01", editor);
        (await province.DecideRawAsync(association, "DISSOLVED", "2024-12-01", editor)).Data("decideAssociationsStatus");
        var afterDissolution = await province.DecideRawAsync(association, "ACTIVE", "2025-01-01", editor);
        var backdated = await province.DecideRawAsync(association, "ACTIVE", "2024-11-01", editor);

        admitted.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "joinedOn" && e.Message!.Contains("không hoạt động"));
        afterDissolution.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("giải thể"));
        backdated.FirstError().Field.Should().Be("decidedOn");
        (await province.StatusesAsync(association, "2024-03-01")).Should().BeEmpty("nothing was half-saved");
    }

    [Fact]
    public async Task Another_associations_editor_is_refused_throughout_and_nothing_is_saved()
    {
        var (association, editor) = await province.FoundAsync("Hội Nông học", foundedOn: "2019-01-01");
        var (_, otherEditor) = await province.FoundAsync("Hội Luật gia", foundedOn: "2019-01-01");
        var member = await province.AdmitAsync(association, province.People[1], "2024-01-01", editor);

        var admit = await province.AdmitRawAsync(association, province.People[2], "2024-01-01", otherEditor);
        var dues = await province.DuesRawAsync(member, 2024, "2024-01-05", otherEditor);
        var decide = await province.DecideRawAsync(association, "SUSPENDED", "2024-06-01", otherEditor);
        var unnamed = await province.AdmitRawAsync(association, province.People[2], "2024-01-01", province.Editor);
        var registryEditor = await province.AdmitRawAsync(association, province.People[2], "2024-01-01", province.RegistryEditor);

        foreach (var refused in new[] { admit, dues, decide, unnamed, registryEditor })
        {
            refused.FirstError().Code.Should().Be("FORBIDDEN");
        }

        admit.FirstError().Message.Should().Contain("Hội Nông học");
        (await province.StatusesAsync(association, "2024-05-01")).Should().Equal(new string?[] { "GRACE" }, "one member, past the new period with no dues: the other editor's dues were not saved");
        (await province.StatusAsync(association, "2024-07-01")).Should().Be("ACTIVE");
    }

    [Fact]
    public async Task Founding_needs_a_name_a_decision_and_a_charter_approved_after_the_founding_and_only_the_administrator_founds()
    {
        var unnamed = await province.FoundRawAsync(new { title = " ", kind = "SPECIALISED", field = "Y", foundingDecision = "1/QĐ", foundedOn = "2020-01-01" });
        var early = await province.FoundRawAsync(new
        {
            title = "Hội Tin học", kind = "SPECIALISED", field = "CNTT", foundingDecision = "2/QĐ", foundedOn = "2020-01-01",
            charterDecision = "3/QĐ", charterApprovedOn = "2019-12-01",
        });
        var byEditor = await province.FoundRawAsync(new { title = "Hội Tin học", kind = "SPECIALISED", field = "CNTT", foundingDecision = "2/QĐ", foundedOn = "2020-01-01" }, province.Editor);

        unnamed.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "title");
        early.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "charterApprovedOn" && e.Message!.Contains("thành lập"));
        byEditor.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task A_member_is_an_intellectual_or_a_named_outsider_never_both_and_never_twice_at_once()
    {
        var (association, editor) = await province.FoundAsync("Hội Khuyến học", foundedOn: "2019-01-01");
        await province.AdmitAsync(association, province.People[0], "2024-01-01", editor);

        var both = await province.AdmitRawAsync(association, province.People[1], "2024-01-01", editor, externalName: "Nguyễn Văn A");
        var neither = await province.AdmitRawAsync(association, null, "2024-01-01", editor);
        var twice = await province.AdmitRawAsync(association, province.People[0], "2024-05-01", editor);

        both.FirstError().Field.Should().Be("personId");
        neither.FirstError().Field.Should().Be("personId");
        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "personId");
    }
}
