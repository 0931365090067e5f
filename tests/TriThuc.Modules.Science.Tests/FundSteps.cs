using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>The steps a fund clerk takes over GraphQL, shared by the tests.</summary>
internal static class FundSteps
{
    public static async Task ContributeAsync(this ScienceHost host, long amount, string receivedOn, string source = "STATE_BUDGET", string contributor = "Ngân sách tỉnh") =>
        (await host.GraphQLAsync("mutation($input: ScienceFundContributionInput!) { addScienceFundContribution(input: $input) { id } }",
            new { input = new { source, contributor, amount, receivedOn } }, host.Editor)).Data("addScienceFundContribution");

    /// <summary>Opens a call under a fresh code; returns its id and code.</summary>
    public static async Task<(Guid Id, string Code)> OpenCallAsync(this ScienceHost host, string opensOn, string closesOn, long budget)
    {
        var code = host.NextCode("QUY");
        var call = (await host.GraphQLAsync("mutation($input: ScienceFundCallInput!) { openScienceFundCall(input: $input) { id } }",
            new { input = new { code, title = "Đợt tài trợ khởi nghiệp đổi mới sáng tạo", opensOn, closesOn, budget } }, host.Editor))
            .Data("openScienceFundCall").Id();
        return (call, code);
    }

    public static Task<JsonElement> ApplyAsync(this ScienceHost host, Guid callId, long requestedAmount, string submittedOn, Guid? unitId = null, Guid? personId = null) =>
        host.GraphQLAsync("mutation($input: ScienceFundApplicationInput!) { submitScienceFundApplication(input: $input) { id status } }", new
        {
            input = new
            {
                callId, title = "Ứng dụng IoT trong trồng cam sành", applicantName = "Viện Nghiên cứu Nông nghiệp",
                applicantUnitId = unitId ?? host.Institute, applicantIntellectualId = personId ?? host.Lead, requestedAmount, submittedOn,
            },
        }, host.Editor);

    public static Task<JsonElement> AwardAsync(this ScienceHost host, Guid applicationId, long amount, string awardedOn) =>
        host.GraphQLAsync("mutation($id: ID!, $amount: Long!, $on: DateOnly!) { awardScienceFundGrant(applicationId: $id, amount: $amount, awardedOn: $on) { id } }",
            new { id = applicationId, amount, on = awardedOn }, host.Editor);

    public static async Task<Guid> GrantAsync(this ScienceHost host, Guid call, long amount, string submittedOn, string awardedOn)
    {
        var application = (await host.ApplyAsync(call, amount, submittedOn)).Data("submitScienceFundApplication").Id();
        return (await host.AwardAsync(application, amount, awardedOn)).Data("awardScienceFundGrant").Id();
    }

    public static Task<JsonElement> DisburseAsync(this ScienceHost host, Guid grantId, long amount, string paidOn) =>
        host.GraphQLAsync("mutation($id: ID!, $amount: Long!, $on: DateOnly!) { disburseScienceFundGrant(grantId: $id, amount: $amount, paidOn: $on) { id } }",
            new { id = grantId, amount, on = paidOn }, host.Editor);

    public static async Task<long> BalanceAsync(this ScienceHost host, string on) =>
        (await host.GraphQLAsync("query($on: DateOnly!) { scienceFundBalance(on: $on) }", new { on }, host.Editor)).Data("scienceFundBalance").GetInt64();
}
