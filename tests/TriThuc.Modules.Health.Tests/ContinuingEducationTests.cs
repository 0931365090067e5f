using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

public sealed class ContinuingEducationTests(HealthHost province) : IClassFixture<HealthHost>
{
    private static DateOnly Today => HealthHost.Today;

    [Fact]
    public async Task A_completed_activity_is_recorded_once_in_the_registry_and_counts_in_T4_even_when_redelivered()
    {
        var person = await province.CreatePersonAsync("Ma Văn Tỉnh", province.HealthStation, field: "health");

        await province.RecordCmeAsync(person, 24, Today.AddDays(-3), province.NextCode("CC"), "Cấp cứu sản khoa tuyến xã");
        var recorded = await Eventually.ValueAsync(() => province.KnowledgeUpdatesAsync(person), titles => titles.Count > 0);
        await province.Host.RedeliverAsync("Health");
        await Eventually.ValueAsync(async () => (await province.Host.OutboxTypesAsync("Health", pendingOnly: true)).Count, pending => pending == 0);

        recorded.Should().Equal("Cấp cứu sản khoa tuyến xã");
        (await province.KnowledgeUpdatesAsync(person)).Should().Equal(["Cấp cứu sản khoa tuyến xã"], "the Registry records a delivered event once");
        var t4 = (await province.GraphQLAsync("{ indicator(code: \"T4\") { subjects(filter: { inNumerator: true }, first: 100) { nodes { id } } } }", token: province.Administrator))
            .Data("indicator").GetProperty("subjects").GetProperty("nodes").EnumerateArray().Select(n => n.Id());
        t4.Should().Contain(person, "a knowledge-update training this year counts in T4");
    }

    [Fact]
    public async Task An_activity_completed_later_is_reported_when_completed_and_only_once()
    {
        var person = await province.CreatePersonAsync("Hà Thị Thu", province.Hospital, field: "health");
        var activity = await province.RecordCmeAsync(person, 16, completedOn: null, title: "Kiểm soát nhiễm khuẩn");
        const string Complete = "mutation($id: ID!, $on: DateOnly!) { completeHealthCmeActivity(id: $id, completedOn: $on, certificate: \"KSNK-77\") { completedOn certificate } }";

        var completed = (await province.GraphQLAsync(Complete, new { id = activity, on = HealthHost.Day(Today.AddDays(-1)) }, province.Editor)).Data("completeHealthCmeActivity");
        var again = await province.GraphQLAsync(Complete, new { id = activity, on = HealthHost.Day(Today) }, province.Editor);

        completed.Text("certificate").Should().Be("KSNK-77");
        again.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "completedOn");
        (await Eventually.ValueAsync(() => province.KnowledgeUpdatesAsync(person), titles => titles.Count > 0)).Should().Equal("Kiểm soát nhiễm khuẩn");
    }

    [Fact]
    public async Task A_certificate_is_recorded_once()
    {
        var certificate = province.NextCode("CC-DUP");
        await province.RecordCmeAsync(province.People[0], 8, Today.AddDays(-10), certificate);

        var again = await province.RecordCmeRawAsync(province.People[1], 8, Today.AddDays(-10), certificate.ToLowerInvariant());

        again.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "certificate");
    }

    [Fact]
    public async Task Hours_must_be_positive_and_another_departments_editor_may_not_record()
    {
        var noHours = await province.RecordCmeRawAsync(province.People[0], 0, Today.AddDays(-1));
        var refused = await province.RecordCmeRawAsync(province.People[0], 8, Today.AddDays(-1), token: province.RegistryEditor);

        noHours.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "hours");
        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task A_person_shows_the_hours_of_a_cycle()
    {
        var person = await province.CreatePersonAsync("Lục Văn Bình", province.Hospital, field: "health");
        await province.RecordCmeAsync(person, 40, new DateOnly(2022, 5, 10));
        await province.RecordCmeAsync(person, 30, new DateOnly(2024, 5, 10));
        await province.RecordCmeAsync(person, 12, completedOn: null);

        var hours = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { all: healthCmeHours(cycleStart: \"2022-01-01\") later: healthCmeHours(cycleStart: \"2023-01-01\") healthCmeActivities { hours } } }",
            new { id = person }, province.Editor)).Data("intellectual");

        hours.GetProperty("all").GetInt32().Should().Be(70, "an activity still running counts no hours yet");
        hours.GetProperty("later").GetInt32().Should().Be(30);
        hours.GetProperty("healthCmeActivities").GetArrayLength().Should().Be(3);
    }
}
