using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>
/// Members are personal data: an association's editors read its members; the union's editors, other associations'
/// editors and other modules' editors see the counts, not the list, nor a person's memberships elsewhere.
/// </summary>
public sealed class MemberPrivacyTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task Only_the_associations_own_editors_read_its_members_the_union_and_others_see_counts()
    {
        var (union, unionEditor) = await province.FoundAsync("Liên hiệp các hội KH&KT (riêng tư)", kind: "UNION", foundedOn: "2010-01-01");
        var (association, editor) = await province.FoundAsync("Hội Châm cứu", parentId: union, foundedOn: "2015-01-01");
        var (_, otherEditor) = await province.FoundAsync("Hội Làm vườn", parentId: union, foundedOn: "2015-01-01");
        var member = await province.AdmitAsync(association, province.People[5], "2024-01-01", editor);
        (await province.DuesRawAsync(member, 2024, "2024-01-05", editor)).Data("recordAssociationsDues");
        await province.AdmitAsync(association, null, "2024-02-01", editor, externalName: "Phạm Thị Ngoài");

        (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("totalCount").GetInt32().Should().Be(2);
        foreach (var reader in new[] { unionEditor, otherEditor, province.Editor, province.RegistryEditor })
        {
            var refused = await province.MembersRawAsync(association, reader);
            refused.FirstError().Code.Should().Be("FORBIDDEN");
            refused.GetRawText().Should().NotContain("Phạm Thị Ngoài");
        }

        var counts = (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { memberCounts(on: \"2024-06-01\") { new current grace lapsed total } } }",
            new { id = association }, unionEditor)).Data("associationsAssociation").GetProperty("memberCounts");
        counts.GetProperty("current").GetInt32().Should().Be(1);
        counts.GetProperty("grace").GetInt32().Should().Be(1, "the outsider paid no dues: past the new period, in grace");
        counts.GetProperty("total").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task A_persons_memberships_show_only_in_the_associations_the_reader_edits()
    {
        var (first, firstEditor) = await province.FoundAsync("Hội Cầu lông", foundedOn: "2015-01-01");
        var (second, secondEditor) = await province.FoundAsync("Hội Cờ tướng", foundedOn: "2015-01-01");
        await province.AdmitAsync(first, province.People[4], "2024-01-01", firstEditor);
        await province.AdmitAsync(second, province.People[4], "2024-01-01", secondEditor);

        async Task<List<Guid>> MembershipsSeenBy(string token) =>
            (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { associationsMemberships { associationId } } }", new { id = province.People[4] }, token))
            .Data("intellectual").GetProperty("associationsMemberships").EnumerateArray().Select(m => m.GetProperty("associationId").GetGuid()).ToList();

        (await MembershipsSeenBy(firstEditor)).Should().Equal(first);
        (await MembershipsSeenBy(secondEditor)).Should().Equal(second);
        (await MembershipsSeenBy(province.RegistryEditor)).Should().BeEmpty("another module's editor reads the intellectual, not their memberships");
        (await MembershipsSeenBy(province.Administrator)).Should().Contain([first, second]);
    }
}
