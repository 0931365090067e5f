using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>S1–S4 read end to end through the host's indicator fields, as a leader's dashboard reads them.</summary>
public sealed class IndicatorGraphQLTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    private const string Institute = "Viện Nghiên cứu Nông nghiệp";

    [Fact]
    public async Task A_leader_reads_S1_to_S4_with_their_unit_breakdown_and_a_person_only_grant_counts_in_the_persons_unit()
    {
        await host.WalkToAsync("APPLIED_IN_PRACTICE");
        await host.ContributeAsync(5_000_000_000, "2026-01-02");
        var (call, _) = await host.OpenCallAsync("2026-01-01", "2026-06-30", 3_000_000_000);
        var application = (await host.GraphQLAsync("mutation($input: ScienceFundApplicationInput!) { submitScienceFundApplication(input: $input) { id } }", new
        {
            input = new { callId = call, title = "Máy sấy chè năng lượng mặt trời", applicantName = "Nguyễn Văn Đức", applicantIntellectualId = host.Lead, requestedAmount = 1_000_000_000L, submittedOn = "2026-02-01" },
        }, host.Editor)).Data("submitScienceFundApplication").Id();
        var grant = (await host.AwardAsync(application, 1_000_000_000, "2026-03-01")).Data("awardScienceFundGrant").Id();
        (await host.DisburseAsync(grant, 400_000_000, "2026-04-01")).Data("disburseScienceFundGrant");

        var indicators = (await host.GraphQLAsync(
            "{ indicators(module: \"Science\") { code value(at: \"2026-10-31\") { display } breakdown(by: \"unit\", at: \"2026-10-31\") { name display } } }",
            token: host.Host.Token("viewer"))).Data("indicators").EnumerateArray().ToDictionary(i => i.Text("code")!);

        indicators.Keys.Should().BeEquivalentTo("S1", "S2", "S3", "S4");
        foreach (var (code, indicator) in indicators)
        {
            indicator.GetProperty("value").Text("display").Should().NotBe("—", $"{code} has data");
            Row(indicator).Should().NotBeNull($"{code} counts in the institute, the unit of the host or of the person applying alone");
        }

        Row(indicators["S3"])!.Value.Text("display").Should().Contain("1.000.000.000").And.NotBeNull();
        Row(indicators["S4"])!.Value.Text("display").Should().Contain("400.000.000");
    }

    private static JsonElement? Row(JsonElement indicator) =>
        indicator.GetProperty("breakdown").EnumerateArray().Where(r => r.Text("name") == Institute).Select(r => (JsonElement?)r).FirstOrDefault();
}
