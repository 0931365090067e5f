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

    /// <summary>An import writes career records in bulk, past the save interceptor that refuses a restricted person's: the importer must refuse the row itself.</summary>
    [Fact]
    public async Task A_trainings_file_with_a_row_for_a_restricted_person_is_refused_at_that_row_and_nothing_is_written()
    {
        var restricted = await registry.CreatePersonAsync("Giàng Thị Hạn", registry.Health, nationalId: "001190000777");
        var other = await registry.CreatePersonAsync("Giàng Văn Được", registry.Health, nationalId: "001190000778");
        (await registry.GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể phản đối việc xử lý\") }",
            new { p = restricted }, registry.Administrator)).Data("restrictProcessing");
        const string csv = "Số định danh,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ\r\n" +
            "001190000778,Cập nhật kiến thức,Bồi dưỡng quản lý,Trường Chính trị tỉnh,01/06/2024,05/06/2024,24\r\n" +
            "001190000777,Cập nhật kiến thức,Bồi dưỡng quản lý,Trường Chính trị tỉnh,01/06/2024,05/06/2024,24\r\n";

        var dryRun = await registry.ImportAsync(csv, "trainings", dryRun: true);
        var (status, report) = await registry.ImportAsync(csv, "trainings");

        foreach (var answer in new[] { dryRun.Report, report })
        {
            answer.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
                .Should().Equal([(3, "Số định danh")], answer.ToString());
            answer.GetProperty("problems")[0].GetProperty("reason").GetString().Should().Contain("hạn chế xử lý");
        }

        status.Should().Be(System.Net.HttpStatusCode.UnprocessableEntity);
        foreach (var person in new[] { restricted, other })
        {
            (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { id } } }", new { id = person }, registry.Editor))
                .Data("intellectual").GetProperty("trainings").GetArrayLength().Should().Be(0, "the file is written whole or not at all");
        }
    }

    [Fact]
    public async Task A_trainings_file_imported_again_after_a_person_of_it_was_restricted_adds_nothing_and_goes_through()
    {
        var restricted = await registry.CreatePersonAsync("Sùng Thị Lại", registry.Health, nationalId: "001190000779");
        const string csv = "Số định danh,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ\r\n" +
            "001190000779,Cập nhật kiến thức,Bồi dưỡng quản lý,Trường Chính trị tỉnh,01/06/2024,05/06/2024,24\r\n";
        var first = await registry.ImportAsync(csv, "trainings");
        (await registry.GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể phản đối việc xử lý\") }",
            new { p = restricted }, registry.Administrator)).Data("restrictProcessing");

        var (status, again) = await registry.ImportAsync(csv, "trainings");

        first.Report.GetProperty("created").GetInt32().Should().Be(1, first.Report.ToString());
        status.Should().Be(System.Net.HttpStatusCode.OK, again.ToString());
        again.GetProperty("created").GetInt32().Should().Be(0, "the row is on file already, so it adds nothing about the restricted person");
    }
}
