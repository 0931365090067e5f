using System.Net;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

/// <summary>Issue 20, item 4: Health honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(HealthHost province) : IClassFixture<HealthHost>
{
    [Fact]
    public async Task A_licence_or_a_cme_activity_for_a_restricted_person_is_refused_and_nothing_is_saved()
    {
        var person = await province.CreatePersonAsync("Hà Thị Hạn", province.Hospital, field: "health");
        await province.RestrictProcessingAsync(person);

        var licence = await province.IssueRawAsync(person, province.NextCode("GPHN"), "DOCTOR", HealthHost.Today.AddDays(-30));
        var cme = await province.RecordCmeRawAsync(person, 8, HealthHost.Today.AddDays(-3));

        licence.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "holderId");
        cme.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        var held = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { healthPractisingLicences { id } healthCmeActivities { id } } }",
            new { id = person }, province.Administrator)).Data("intellectual");
        held.GetProperty("healthPractisingLicences").GetArrayLength().Should().Be(0);
        held.GetProperty("healthCmeActivities").GetArrayLength().Should().Be(0);
    }

    /// <summary>
    /// An import refuses such a row where the clerk can find it, in a dry run as well, instead of failing the whole file
    /// as it is written; a row already on file adds nothing, so last year's file imported again still goes through.
    /// </summary>
    [Fact]
    public async Task An_import_refuses_at_its_row_a_licence_or_cme_activity_for_a_restricted_person_and_a_file_imported_again_goes_through()
    {
        var person = await province.CreatePersonAsync("Lò Thị Hạn", province.Hospital, field: "health");
        var colleague = await province.CreatePersonAsync("Vàng A Tự", province.Hospital, field: "health");
        var (held, added, otherHeld) = (province.NextCode("GPHN"), province.NextCode("GPHN"), province.NextCode("GPHN"));
        var lastYear = string.Join('\n', HealthHost.LicenceHeader, $"{person},{held},Bác sĩ,Nội khoa,Sở Y tế Tuyên Quang,01/03/2024");
        (await province.ImportAsync("licences", lastYear, dryRun: false)).Status.Should().Be(HttpStatusCode.OK);
        await province.RestrictProcessingAsync(person);
        var licences = string.Join('\n', HealthHost.LicenceHeader,
            $"{person},{held},Bác sĩ,Nội khoa,Sở Y tế Tuyên Quang,01/03/2024",
            $"{colleague},{otherHeld},Bác sĩ,Nội khoa,Sở Y tế Tuyên Quang,01/03/2024",
            $"{person},{added},Hộ sinh,Hộ sinh,Sở Y tế Tuyên Quang,01/04/2024");
        var cme = string.Join('\n', HealthHost.CmeHeader,
            $"{person},Sơ cứu ban đầu,Trung tâm Y tế khu vực,\"Khóa đào tạo, bồi dưỡng ngắn hạn\",{HealthHost.Today.AddDays(-20):dd/MM/yyyy},{HealthHost.Today.AddDays(-15):dd/MM/yyyy},16,{province.NextCode("CC")}");

        var (_, dry) = await province.ImportAsync("licences", licences, dryRun: true);
        var (status, written) = await province.ImportAsync("licences", licences, dryRun: false);
        var (again, lastYearAgain) = await province.ImportAsync("licences", lastYear, dryRun: false);
        var (_, activities) = await province.ImportAsync("cme-activities", cme, dryRun: true);

        dry.ProblemPlaces().Should().Equal([(4, "Mã trí thức")], "the dry run already names the row");
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        written.ProblemPlaces().Should().Equal((4, "Mã trí thức"));
        (await province.LicenceCountAsync(added)).Should().Be(0);
        (await province.LicenceCountAsync(otherHeld)).Should().Be(0, "a file is saved whole or not at all");
        again.Should().Be(HttpStatusCode.OK, "the licence held already is on file, so the row adds nothing");
        lastYearAgain.GetProperty("created").GetInt32().Should().Be(0);
        activities.ProblemPlaces().Should().Equal((2, "Mã trí thức"));
        activities.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
    }
}
