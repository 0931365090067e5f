using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Issue 20, item 4: a person whose processing is restricted is stored, not processed — in the Registry.</summary>
public sealed class ProcessingRestrictionTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private static readonly object Training = new
    {
        kind = "KNOWLEDGE_UPDATE", title = "Cập nhật kiến thức", provider = "Trường Chính trị tỉnh", startDate = "2024-06-01", endDate = "2024-06-05", hours = 24,
    };

    [Fact]
    public async Task A_training_for_a_restricted_person_is_refused_their_record_is_flagged_and_lifting_allows_it_again()
    {
        var id = await registry.CreatePersonAsync("Phàn Văn Hạn", registry.Health);
        (await registry.GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể phản đối việc xử lý\") }",
            new { p = id.ToString().ToUpperInvariant() }, registry.Administrator)).Data("restrictProcessing");

        var refused = await registry.AddCareerRecordRawAsync("addTraining", "TrainingInput", id, Training);
        var flagged = (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { processingRestricted trainings { id } } }", new { id }, registry.Editor))
            .Data("intellectual");

        refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "intellectualId");
        flagged.GetProperty("processingRestricted").GetBoolean().Should().BeTrue();
        flagged.GetProperty("trainings").GetArrayLength().Should().Be(0, "nothing of the refused save was kept");

        (await registry.GraphQLAsync("mutation($p: ID!) { liftProcessingRestriction(personId: $p) }", new { p = id }, registry.Administrator)).Data("liftProcessingRestriction");
        await registry.AddCareerRecordAsync("addTraining", "TrainingInput", id, Training);
        (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { processingRestricted } }", new { id }, registry.Editor))
            .Data("intellectual").GetProperty("processingRestricted").GetBoolean().Should().BeFalse();
    }
}
