using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Degrees, posts and trainings imported from spreadsheets, a thousand rows at a time.</summary>
public sealed class CareerImportTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string DegreesHeader = "Số định danh,Mã cán bộ,Trình độ,Ngành,Cơ sở đào tạo,Nước,Năm";
    private const string PostsHeader = "Số định danh,Mã cán bộ,Chức vụ,Cấp,Mã đơn vị,Từ ngày,Đến ngày";
    private const string TrainingsHeader = "Số định danh,Mã cán bộ,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ";

    [Fact]
    public async Task Degrees_and_posts_pass_the_mutations_rules_every_bad_row_is_reported_and_nothing_is_saved_until_all_pass()
    {
        var person = await registry.CreatePersonAsync("Lò Văn Pấu", registry.School, dateOfBirth: "1985-06-01", nationalId: "001085000601");
        string[] goodDegree = ["001085000601,,Thạc sĩ,Quản lý giáo dục,Đại học Thái Nguyên,Việt Nam,2015"];
        string[] badDegrees =
        [
            "001085000601,,Tiến sĩ,Quản lý giáo dục,,,1995", // row 3: he was ten
            "001085000601,,Phó giáo sư,Quản lý giáo dục,,,2020", // row 4: a title, not a degree
            "001085000699,,Cử nhân,Sư phạm,,,2007", // row 5: nobody holds this number
        ];
        string[] goodPost = ["001085000601,,Hiệu trưởng,Đơn vị,THPT-DV,01/09/2020,"];
        string[] badPosts =
        [
            "001085000601,,Chủ tịch,Xã,X-DV,01/01/2024,", // row 3: the commune opened on 01/07/2025
            "001085000601,,Phó hiệu trưởng,Đơn vị,THPT-XX,01/09/2018,31/08/2020", // row 4: no such unit
        ];

        var refusedDegrees = await registry.ImportAsync(Csv(DegreesHeader, [.. goodDegree, .. badDegrees]), "qualifications");
        var refusedPosts = await registry.ImportAsync(Csv(PostsHeader, [.. goodPost, .. badPosts]), "positions");

        refusedDegrees.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        refusedDegrees.Report.ProblemPlaces().Should().Equal((3, "Năm"), (4, "Trình độ"), (5, "Số định danh"));
        refusedPosts.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        refusedPosts.Report.ProblemPlaces().Should().Equal((3, "Mã đơn vị"), (4, "Mã đơn vị"));
        (await CareerAsync(person, "qualifications { year }")).Should().BeEmpty("nothing of a refused file is saved");
        (await CareerAsync(person, "positions { title }")).Should().BeEmpty();

        var degrees = await registry.ImportAsync(Csv(DegreesHeader, goodDegree), "qualifications");
        var posts = await registry.ImportAsync(Csv(PostsHeader, goodPost), "positions");
        var degreesAgain = await registry.ImportAsync(Csv(DegreesHeader, goodDegree), "qualifications");
        var postsAgain = await registry.ImportAsync(Csv(PostsHeader, goodPost), "positions");

        degrees.Report.GetProperty("created").GetInt32().Should().Be(1);
        posts.Report.GetProperty("created").GetInt32().Should().Be(1);
        degreesAgain.Report.GetProperty("created").GetInt32().Should().Be(0, "a row already on file is left as it is");
        postsAgain.Report.GetProperty("created").GetInt32().Should().Be(0);
        (await CareerAsync(person, "qualifications { degree field institution year }")).Should().ContainSingle()
            .Which.GetRawText().Should().Be("""{"degree":"MASTER","field":"Quản lý giáo dục","institution":"Đại học Thái Nguyên","year":2015}""");
        (await CareerAsync(person, "positions { title level startDate endDate }")).Should().ContainSingle()
            .Which.GetRawText().Should().Be("""{"title":"Hiệu trưởng","level":"UNIT","startDate":"2020-09-01","endDate":null}""");
    }

    [Fact]
    public async Task A_long_trainings_file_goes_onto_the_record_kept_after_a_merge_and_a_training_listed_twice_counts_once()
    {
        const string rest = ",,,THPT-DV,Giáo viên,Giáo dục,Có,Có";
        await registry.ImportAsync(string.Join("\r\n", RegistryHost.PeopleCsvHeader,
            $"Giàng Thị Dung,Nữ,03/03/1990,Mông,001190000701,GV-701{rest}",
            $"Giàng Thị Dủng,Nữ,03/03/1990,Mông,,GV-702{rest}"));
        var records = (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"giang thi dung\" }) { items { id nationalId } } }", token: registry.Administrator))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("items").EnumerateArray().ToList();
        var kept = records.Single(r => r.GetProperty("nationalId").GetString() is not null).GetProperty("id").GetGuid();
        var merged = records.Single(r => r.GetProperty("nationalId").GetString() is null).GetProperty("id").GetGuid();
        (await registry.GraphQLAsync("mutation($k: ID!, $m: ID!) { mergeIntellectuals(keepId: $k, mergeId: $m) { id } }",
            new { k = kept, m = merged }, registry.Editor)).TryGetProperty("errors", out _).Should().BeFalse();

        // By national ID and by the merged record's staff code in turn. Row 1,236 repeats row 3, of the first chunk;
        // row 1,237 repeats row 1,235, of its own chunk.
        var rows = Enumerable.Range(1, 1_234)
            .Select(i => $"{(i % 2 == 0 ? "001190000701," : ",GV-702")},Cập nhật kiến thức,Chuyên đề {i},Sở Giáo dục và Đào tạo,{new DateOnly(2015, 1, 1).AddDays(i):dd/MM/yyyy},{new DateOnly(2015, 1, 1).AddDays(i):dd/MM/yyyy},8")
            .ToList();
        rows.Add(rows[1]);
        rows.Add(rows[1_233]);

        var (status, report) = await registry.ImportAsync(Csv(TrainingsHeader, [.. rows]), "trainings");

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("rows").GetInt32().Should().Be(1_236);
        report.GetProperty("created").GetInt32().Should().Be(1_234);
        (await CareerAsync(kept, "trainings { title }")).Should().HaveCount(1_234);
        (await CareerAsync(merged, "trainings { title }")).Should().BeEmpty("a merged record takes no new records");

    }

    private static string Csv(string header, string[] rows) => string.Join("\r\n", rows.Prepend(header)) + "\r\n";

    private async Task<List<JsonElement>> CareerAsync(Guid person, string selection) =>
        (await registry.GraphQLAsync($"query($id: ID!) {{ intellectual(id: $id) {{ {selection} }} }}", new { id = person }, registry.Administrator))
            .GetProperty("data").GetProperty("intellectual").EnumerateObject().Single().Value.EnumerateArray().ToList();
}
