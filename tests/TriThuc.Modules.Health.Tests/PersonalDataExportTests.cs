using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

/// <summary>A person's data-subject export carries their practising licences with every decision on them.</summary>
public sealed class PersonalDataExportTests(HealthHost province) : IClassFixture<HealthHost>
{
    [Fact]
    public async Task A_holders_export_lists_their_licence_with_its_decisions()
    {
        var holder = await province.CreatePersonAsync("Hà Thị Ngân", province.Hospital, field: "health");
        var licence = await province.IssueAsync(holder, "DOCTOR", new DateOnly(2024, 1, 15));
        (await province.DecideAsync("suspendHealthLicence", licence, new DateOnly(2025, 1, 10), "Vi phạm quy chế chuyên môn")).Data("suspendHealthLicence");

        var json = (await province.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = holder.ToString() }, province.Administrator))
            .Data("exportPersonalData").GetString()!;

        var licences = JsonDocument.Parse(json).RootElement.GetProperty("modules").GetProperty("Health").GetProperty("licences");
        licences.GetArrayLength().Should().Be(1);
        var decision = licences[0].GetProperty("Decisions").EnumerateArray().Single();
        decision.GetProperty("Reason").GetString().Should().Be("Vi phạm quy chế chuyên môn");
        licences[0].GetProperty("Renewals").GetArrayLength().Should().Be(0);
    }
}
