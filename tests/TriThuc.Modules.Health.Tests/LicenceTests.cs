using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

public sealed class LicenceTests(HealthHost province) : IClassFixture<HealthHost>
{
    private static DateOnly Today => HealthHost.Today;

    [Fact]
    public async Task An_issued_licence_runs_five_years_and_shows_on_its_holder()
    {
        var holder = await province.CreatePersonAsync("Đặng Văn Khải", province.Hospital, field: "health");

        var issued = (await province.IssueRawAsync(holder, " gphn-0001/tq ", "DOCTOR", new DateOnly(2024, 3, 1))).Data("issueHealthLicence");

        issued.Text("number").Should().Be("GPHN-0001/TQ");
        issued.Text("expiresOn").Should().Be("2029-02-28", "a licence runs five years from its issue date");
        issued.Text("status").Should().Be("VALID");
        (await province.StatusAsync(issued.Id(), new DateOnly(2024, 2, 29))).Should().BeNull("it was not issued yet");
        var onPerson = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { healthPractisingLicences { number title holder { fullName } } } }",
            new { id = holder }, province.RegistryEditor)).Data("intellectual").GetProperty("healthPractisingLicences").EnumerateArray().Single();
        onPerson.Text("title").Should().Be("DOCTOR");
        onPerson.GetProperty("holder").Text("fullName").Should().Be("Đặng Văn Khải");
    }

    [Fact]
    public async Task A_licence_past_its_expiry_is_expired()
    {
        var licence = await province.IssueAsync(await NewHolderAsync(), "NURSE", new DateOnly(2018, 1, 10));

        (await province.StatusAsync(licence, new DateOnly(2023, 1, 9))).Should().Be("VALID");
        (await province.StatusAsync(licence, new DateOnly(2023, 1, 10))).Should().Be("EXPIRED");
    }

    [Fact]
    public async Task Another_departments_editor_reads_licences_but_may_not_issue_one()
    {
        var refused = await province.IssueRawAsync(province.People[1], province.NextCode("GPHN"), "NURSE", new DateOnly(2024, 1, 1), province.RegistryEditor);
        var read = await province.GraphQLAsync("{ healthLicences(first: 5) { totalCount } }", token: province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
        read.Data("healthLicences").GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task A_licence_number_is_unique_whatever_its_case()
    {
        var number = province.NextCode("GPHN-UNIQ");
        (await province.IssueRawAsync(await NewHolderAsync(), number, "MIDWIFE", new DateOnly(2024, 5, 1))).Data("issueHealthLicence");

        var again = await province.IssueRawAsync(await NewHolderAsync(), number.ToLowerInvariant(), "MIDWIFE", new DateOnly(2024, 5, 1));

        again.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "number");
    }

    [Fact]
    public async Task A_holder_has_at_most_one_licence_in_force_per_title()
    {
        var holder = await NewHolderAsync();
        await province.IssueAsync(holder, "DOCTOR", new DateOnly(2024, 1, 15));

        var second = await province.IssueRawAsync(holder, province.NextCode("GPHN"), "DOCTOR", new DateOnly(2025, 1, 15));
        var otherTitle = await province.IssueRawAsync(holder, province.NextCode("GPHN"), "CLINICAL_PSYCHOLOGIST", new DateOnly(2025, 1, 15));

        second.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "title");
        otherTitle.Data("issueHealthLicence").Text("status").Should().Be("VALID");
    }

    [Fact]
    public async Task A_new_licence_replaces_one_that_has_expired_or_was_revoked()
    {
        var expiredHolder = await NewHolderAsync();
        var revokedHolder = await NewHolderAsync();
        await province.IssueAsync(expiredHolder, "DOCTOR", new DateOnly(2015, 6, 1));
        var revoked = await province.IssueAsync(revokedHolder, "DOCTOR", new DateOnly(2023, 6, 1));
        (await province.DecideAsync("revokeHealthLicence", revoked, new DateOnly(2024, 2, 1))).Data("revokeHealthLicence");

        (await province.IssueRawAsync(expiredHolder, province.NextCode("GPHN"), "DOCTOR", new DateOnly(2022, 6, 1))).Data("issueHealthLicence").Text("status").Should().Be("VALID");
        (await province.IssueRawAsync(revokedHolder, province.NextCode("GPHN"), "DOCTOR", new DateOnly(2025, 1, 4))).Data("issueHealthLicence").Text("status").Should().Be("VALID");
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_licence_in_force_for_one_title()
    {
        var holder = await NewHolderAsync();
        var doctor = await province.IssueAsync(holder, "DOCTOR", new DateOnly(2024, 1, 15));
        var nurse = await province.IssueAsync(holder, "NURSE", new DateOnly(2024, 1, 15));

        // What a careless script or a race between two clerks would do: turn the nurse's licence into a second doctor's licence in force.
        var write = () => ExecuteSqlAsync($"UPDATE \"Licences\" SET \"Title\" = 'Doctor', \"InForceTitle\" = 'Doctor' WHERE \"Id\" = '{Stored(nurse)}'");

        await write.Should().ThrowAsync<DbUpdateException>().Where(e => TriThuc.SharedKernel.Data.UniqueViolation.Is(e));
        (await province.StatusAsync(doctor, Today)).Should().Be("VALID");
    }

    [Fact]
    public async Task Suspension_and_reinstatement_are_dated_decisions_that_set_the_status_of_each_day()
    {
        var licence = await province.IssueAsync(await NewHolderAsync(), "DOCTOR", new DateOnly(2024, 1, 15));

        (await province.DecideAsync("suspendHealthLicence", licence, new DateOnly(2025, 1, 10))).Data("suspendHealthLicence");
        (await province.DecideAsync("reinstateHealthLicence", licence, new DateOnly(2025, 3, 1))).Data("reinstateHealthLicence");

        (await province.StatusAsync(licence, new DateOnly(2025, 1, 9))).Should().Be("VALID");
        (await province.StatusAsync(licence, new DateOnly(2025, 1, 10))).Should().Be("SUSPENDED");
        (await province.StatusAsync(licence, new DateOnly(2025, 2, 28))).Should().Be("SUSPENDED");
        (await province.StatusAsync(licence, new DateOnly(2025, 3, 1))).Should().Be("VALID");
    }

    [Fact]
    public async Task Only_a_valid_licence_is_suspended_and_only_a_suspended_one_reinstated()
    {
        var licence = await province.IssueAsync(await NewHolderAsync(), "NURSE", new DateOnly(2024, 1, 15));

        var reinstateValid = await province.DecideAsync("reinstateHealthLicence", licence, new DateOnly(2025, 1, 10));
        (await province.DecideAsync("suspendHealthLicence", licence, new DateOnly(2025, 2, 1))).Data("suspendHealthLicence");
        var suspendAgain = await province.DecideAsync("suspendHealthLicence", licence, new DateOnly(2025, 2, 5));
        var backdated = await province.DecideAsync("reinstateHealthLicence", licence, new DateOnly(2025, 1, 20));

        reinstateValid.FirstError().Code.Should().Be("CONFLICT");
        suspendAgain.FirstError().Code.Should().Be("CONFLICT");
        backdated.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "decidedOn");
    }

    [Fact]
    public async Task A_revoked_licence_stays_revoked()
    {
        var licence = await province.IssueAsync(await NewHolderAsync(), "MEDICAL_TECHNICIAN", new DateOnly(2024, 1, 15));
        (await province.DecideAsync("revokeHealthLicence", licence, new DateOnly(2025, 4, 1))).Data("revokeHealthLicence");

        var reinstated = await province.DecideAsync("reinstateHealthLicence", licence, new DateOnly(2025, 5, 1));

        reinstated.FirstError().Code.Should().Be("CONFLICT");
        (await province.StatusAsync(licence, new DateOnly(2025, 3, 31))).Should().Be("VALID");
        (await province.StatusAsync(licence, Today)).Should().Be("REVOKED");
    }

    [Fact]
    public async Task The_reason_of_a_decision_is_personal_data_read_only_with_permission_and_logged()
    {
        var licence = await province.IssueAsync(await NewHolderAsync(), "DOCTOR", new DateOnly(2024, 1, 15));
        (await province.DecideAsync("suspendHealthLicence", licence, new DateOnly(2025, 6, 1), "Kỷ luật do vi phạm quy trình kê đơn")).Data("suspendHealthLicence");
        const string Query = "query($id: ID!) { healthLicence(id: $id) { decisions { id number reason } } }";

        var refused = await province.GraphQLAsync(Query, new { id = licence }, province.Editor);
        var decisions = (await province.GraphQLAsync(Query, new { id = licence }, province.PersonalDataEditor)).Data("healthLicence").GetProperty("decisions");

        refused.FirstError().Code.Should().Be("FORBIDDEN");
        decisions.EnumerateArray().Single().Text("reason").Should().Be("Kỷ luật do vi phạm quy trình kê đơn");
        var decision = decisions.EnumerateArray().Single().Id();
        var log = (await province.GraphQLAsync("query($id: ID) { sensitiveDataReads(filter: { recordId: $id }) { edges { node { recordType fields } } } }",
            new { id = decision }, province.Administrator)).Data("sensitiveDataReads").GetProperty("edges").EnumerateArray().Single().GetProperty("node");
        log.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).Should().Equal("reason");
    }

    [Fact]
    public async Task Licences_expiring_soon_are_listed_by_facility_soonest_first_without_suspended_ones()
    {
        var atHospital = await province.CreatePersonAsync("Vi Văn Thắng", province.Hospital, field: "health");
        var atStation = await province.CreatePersonAsync("Sầm Thị Nga", province.HealthStation, field: "health");
        var soon = await province.IssueAsync(atHospital, "DOCTOR", Today.AddYears(-5).AddDays(20));
        var later = await province.IssueAsync(atHospital, "NURSE", Today.AddYears(-5).AddDays(50));
        var suspended = await province.IssueAsync(atHospital, "MIDWIFE", Today.AddYears(-5).AddDays(10));
        (await province.DecideAsync("suspendHealthLicence", suspended, Today.AddDays(-1))).Data("suspendHealthLicence");
        await province.IssueAsync(atHospital, "PARAMEDIC", Today.AddYears(-5).AddDays(200));
        var elsewhere = await province.IssueAsync(atStation, "DOCTOR", Today.AddYears(-5).AddDays(30));

        var atTheHospital = await ExpiringAsync(90, province.HospitalFacility);
        var everywhere = await ExpiringAsync(90, null);

        atTheHospital.Should().Equal(soon, later);
        everywhere.Should().Contain([soon, later, elsewhere]).And.NotContain(suspended);
    }

    [Fact]
    public async Task Expiring_within_a_negative_number_of_days_is_refused()
    {
        var result = await province.GraphQLAsync("{ healthLicencesExpiring(withinDays: -1) { totalCount } }", token: province.Editor);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "withinDays");
    }

    private Task<Guid> NewHolderAsync() => province.CreatePersonAsync($"Người hành nghề {province.NextCode("N")}", province.Hospital, field: "health");

    private async Task<List<Guid>> ExpiringAsync(int withinDays, Guid? facility) =>
        (await province.GraphQLAsync("query($d: Int!, $f: ID) { healthLicencesExpiring(withinDays: $d, facilityId: $f, first: 100) { nodes { id } } }",
            new { d = withinDays, f = facility }, province.Editor))
        .Data("healthLicencesExpiring").GetProperty("nodes").EnumerateArray().Select(n => n.Id()).ToList();

    /// <summary>An id as the database stores it: text on SQLite (upper case, as EF Core writes it), uuid on PostgreSQL.</summary>
    private static string Stored(Guid id) => TestDatabase.IsPostgres ? id.ToString() : id.ToString().ToUpperInvariant();

    private async Task ExecuteSqlAsync(string sql)
    {
        var module = province.Host.App.Services.GetRequiredService<TriThuc.Host.Plugins.ModuleCatalog>().Modules.Single(m => m.Name == "Health");
        await using var scope = province.Host.App.Services.CreateAsyncScope();
        var db = (TriThuc.SharedKernel.Data.ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
        catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            throw new DbUpdateException(error.Message, error);
        }
    }
}
