using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

public sealed class RenewalTests(HealthHost province) : IClassFixture<HealthHost>
{
    private const string Renew = "mutation($id: ID!, $on: DateOnly!) { renewHealthLicence(id: $id, filedOn: $on) { expiresOn status cmeHours renewals { previousExpiry newExpiry cmeHours } } }";

    private static DateOnly Today => HealthHost.Today;

    [Fact]
    public async Task A_licence_walks_through_issue_education_renewal_suspension_and_reinstatement_while_another_department_is_refused()
    {
        var holder = await province.CreatePersonAsync("Nông Văn Dũng", province.Hospital, field: "health");
        var other = province.RegistryEditor;
        var issuedOn = Today.AddYears(-5).AddDays(100);

        (await province.IssueRawAsync(holder, province.NextCode("GPHN"), "DOCTOR", issuedOn, other)).FirstError().Code.Should().Be("FORBIDDEN");
        var licence = await province.IssueAsync(holder, "DOCTOR", issuedOn);
        (await province.RecordCmeRawAsync(holder, 80, Today.AddDays(-400), token: other)).FirstError().Code.Should().Be("FORBIDDEN");
        await province.RecordCmeAsync(holder, 80, Today.AddDays(-400));
        await province.RecordCmeAsync(holder, 40, Today.AddDays(-20));
        var before = await LicenceAsync(licence);
        before.GetProperty("cmeHours").GetInt32().Should().Be(120);
        before.GetProperty("cmeHoursMissing").GetInt32().Should().Be(0);
        (await RenewAsync(licence, Today.AddDays(-10), other)).FirstError().Code.Should().Be("FORBIDDEN");
        var renewed = (await RenewAsync(licence, Today.AddDays(-10))).Data("renewHealthLicence");
        (await province.DecideAsync("suspendHealthLicence", licence, Today.AddDays(-5), token: other)).FirstError().Code.Should().Be("FORBIDDEN");
        (await province.DecideAsync("suspendHealthLicence", licence, Today.AddDays(-5))).Data("suspendHealthLicence").Text("status").Should().Be("SUSPENDED");
        (await province.DecideAsync("reinstateHealthLicence", licence, Today, token: other)).FirstError().Code.Should().Be("FORBIDDEN");
        var reinstated = (await province.DecideAsync("reinstateHealthLicence", licence, Today)).Data("reinstateHealthLicence");

        var oldExpiry = issuedOn.AddYears(5).AddDays(-1);
        renewed.Text("expiresOn").Should().Be(HealthHost.Day(oldExpiry.AddYears(5)));
        renewed.GetProperty("renewals").EnumerateArray().Single().GetProperty("cmeHours").GetInt32().Should().Be(120);
        reinstated.Text("status").Should().Be("VALID");
        (await province.StatusAsync(licence, Today.AddDays(-3))).Should().Be("SUSPENDED");
        (await province.StatusAsync(licence, oldExpiry.AddDays(1))).Should().Be("VALID", "the renewal moved the expiry five years on");
    }

    [Fact]
    public async Task A_renewal_is_filed_at_least_sixty_days_before_expiry()
    {
        var holder = await NewHolderAsync();
        var licence = await province.IssueAsync(holder, "NURSE", Today.AddYears(-5).AddDays(59));
        await province.RecordCmeAsync(holder, 120, Today.AddDays(-30));

        var late = await RenewAsync(licence, Today);

        late.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "filedOn" && e.Message!.Contains("60 ngày"));
    }

    [Fact]
    public async Task A_renewal_needs_120_hours_of_continuing_education_in_the_cycle()
    {
        var holder = await NewHolderAsync();
        var issuedOn = Today.AddYears(-5).AddDays(200);
        var licence = await province.IssueAsync(holder, "MIDWIFE", issuedOn);
        await province.RecordCmeAsync(holder, 60, issuedOn.AddDays(-30));
        await province.RecordCmeAsync(holder, 100, Today.AddDays(-30));

        var refused = await RenewAsync(licence, Today);
        var shown = await LicenceAsync(licence);

        refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "cmeHours" && e.Message!.Contains("thiếu 20 giờ"),
            "hours before the licence's cycle began do not count");
        shown.GetProperty("cmeHours").GetInt32().Should().Be(100);
        shown.GetProperty("cmeHoursMissing").GetInt32().Should().Be(20);
    }

    [Fact]
    public async Task A_suspended_licence_is_not_renewed()
    {
        var holder = await NewHolderAsync();
        var licence = await province.IssueAsync(holder, "DOCTOR", Today.AddYears(-5).AddDays(300));
        await province.RecordCmeAsync(holder, 120, Today.AddDays(-30));
        (await province.DecideAsync("suspendHealthLicence", licence, Today.AddDays(-2))).Data("suspendHealthLicence");

        var refused = await RenewAsync(licence, Today);

        refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "filedOn");
    }

    private Task<Guid> NewHolderAsync() => province.CreatePersonAsync($"Người gia hạn {province.NextCode("N")}", province.Hospital, field: "health");

    private Task<System.Text.Json.JsonElement> RenewAsync(Guid licence, DateOnly filedOn, string? token = null) =>
        province.GraphQLAsync(Renew, new { id = licence, on = HealthHost.Day(filedOn) }, token ?? province.Editor);

    private async Task<System.Text.Json.JsonElement> LicenceAsync(Guid licence) =>
        (await province.GraphQLAsync("query($id: ID!) { healthLicence(id: $id) { cmeHours cmeHoursMissing cycleStart expiresOn } }", new { id = licence }, province.Editor))
        .Data("healthLicence");
}
