using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>
/// The shared small province (<see cref="ProvinceHost"/>) with the Associations module loaded beside the Registry; the
/// administrator founds associations and names their editors, each editor a user of their own.
/// </summary>
public sealed class AssociationsHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Associations"];

    /// <summary>A comment window of 5 minutes at least (10 days by default), so that tests can step past a window's close within their tokens' hour.</summary>
    protected override IReadOnlyList<string> Settings => ["TriThuc:Modules:Associations:Drafts:MinimumCommentWindow=00:05:00"];

    /// <summary>An Associations editor named for no association.</summary>
    public string Editor => EditorOf("Associations");

    /// <summary>The token of an Associations editor who is the user <paramref name="userId"/>.</summary>
    public string EditorNamed(string userId) => Host.TokenFor(userId, Roles.Editor, "Associations");

    public Task<JsonElement> FoundRawAsync(object input, string? token = null) =>
        GraphQLAsync("mutation($input: AssociationsAssociationInput!) { foundAssociationsAssociation(input: $input) { id title status } }", new { input }, token ?? Administrator);

    /// <summary>Founds an association and names a new editor for it; returns its id and that editor's token.</summary>
    public async Task<(Guid Id, string Editor)> FoundAsync(string title, string foundedOn = "2020-01-15", int graceDays = 90, Guid? parentId = null, string kind = "SPECIALISED")
    {
        var id = (await FoundRawAsync(new { title, kind, parentId, field = "Y dược", foundingDecision = NextCode("QĐ-TL"), foundedOn, graceDays }))
            .Data("foundAssociationsAssociation").Id();
        var user = NextCode("bien-tap");
        (await GraphQLAsync("mutation($id: ID!, $user: String!) { grantAssociationsEditor(id: $id, userId: $user) { id } }", new { id, user }, Administrator))
            .Data("grantAssociationsEditor");
        return (id, EditorNamed(user));
    }

    public Task<JsonElement> AdmitRawAsync(Guid association, Guid? personId, string joinedOn, string token, string kind = "OFFICIAL", string? externalName = null) =>
        GraphQLAsync("mutation($input: AssociationsMemberInput!) { admitAssociationsMember(input: $input) { id status } }",
            new { input = new { associationId = association, personId, externalName, kind, joinedOn } }, token);

    public async Task<Guid> AdmitAsync(Guid association, Guid? personId, string joinedOn, string token, string kind = "OFFICIAL", string? externalName = null) =>
        (await AdmitRawAsync(association, personId, joinedOn, token, kind, externalName)).Data("admitAssociationsMember").Id();

    public Task<JsonElement> DuesRawAsync(Guid member, int year, string paidOn, string token) =>
        GraphQLAsync("mutation($id: ID!, $input: AssociationsMemberDuesInput!) { recordAssociationsDues(id: $id, input: $input) { id } }",
            new { id = member, input = new { year, paidOn, amount = 120000 } }, token);

    public Task<JsonElement> OpenTermRawAsync(Guid association, string title, string startsOn, string endsOn, string token) =>
        GraphQLAsync("mutation($input: AssociationsTermInput!) { openAssociationsTerm(input: $input) { id } }",
            new { input = new { associationId = association, title, congressDecision = NextCode("NQ-ĐH"), startsOn, endsOn } }, token);

    /// <summary>An association with the first <paramref name="members"/> people of the province as official members since 2018, and its term 2023–2028.</summary>
    public async Task<(Guid Association, string Editor, Guid Term)> BoardAsync(string title, int members)
    {
        var (association, editor) = await FoundAsync(title, foundedOn: "2015-01-01");
        foreach (var person in People.Take(members))
        {
            await AdmitAsync(association, person, "2018-01-01", editor);
        }

        var term = (await OpenTermRawAsync(association, "Khóa III, 2023–2028", "2023-03-01", "2028-02-28", editor)).Data("openAssociationsTerm").Id();
        return (association, editor, term);
    }

    public Task<JsonElement> DecideRawAsync(Guid association, string status, string decidedOn, string token) =>
        GraphQLAsync("mutation($id: ID!, $input: AssociationsAssociationDecisionInput!) { decideAssociationsStatus(id: $id, input: $input) { id } }",
            new { id = association, input = new { status, number = NextCode("QĐ"), decidedOn } }, token);

    /// <summary>Each member's status on a day, in joining order, as the association's editor reads the list.</summary>
    public async Task<List<string?>> StatusesAsync(Guid association, string on) =>
        (await GraphQLAsync("query($id: ID!, $on: DateOnly) { associationsMembers(associationId: $id) { edges { node { status(on: $on) } } } }",
            new { id = association, on }, Administrator))
        .Data("associationsMembers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").Text("status")).ToList();

    public Task<JsonElement> MembersRawAsync(Guid association, string token) =>
        GraphQLAsync("query($id: ID!) { associationsMembers(associationId: $id) { totalCount edges { node { externalName person { id } dues { amount } } } } }",
            new { id = association }, token);

    public async Task<string?> StatusAsync(Guid association, string on) =>
        (await GraphQLAsync("query($id: ID!, $on: DateOnly) { associationsAssociation(id: $id) { status(on: $on) } }", new { id = association, on }, Administrator))
        .Data("associationsAssociation").Text("status");

    /// <summary>Posts <paramref name="csv"/> to the module's import of <paramref name="kind"/> as <paramref name="token"/>; the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun, string token) =>
        Host.ImportCsvAsync("associations", kind, csv, dryRun, token);
}
