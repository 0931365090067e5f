using TriThuc.Testing;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Indicators;

namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>The programme's indicators on a province whose every number is known by hand (see <see cref="IndicatorProvince"/>).</summary>
public sealed class IndicatorTests(IndicatorProvince province) : IClassFixture<IndicatorProvince>
{
    [Fact]
    public async Task Every_registry_indicator_is_listed_with_its_definition_and_target()
    {
        var list = (await QueryAsync("{ indicators(module: \"Registry\") { code module denominatorDefinition target { value year everyYear display } dimensions { key } } }"))
            .GetProperty("indicators").EnumerateArray().ToList();

        list.Select(i => i.GetProperty("code").GetString()).Should().Equal("D1", "D2", "D3", "T1", "T2", "T3", "T4");
        var t1 = list.Single(i => i.GetProperty("code").GetString() == "T1");
        t1.GetProperty("target").GetProperty("display").GetString().Should().Be("70%");
        t1.GetProperty("target").GetProperty("year").GetInt32().Should().Be(2030);
        t1.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("key").GetString()).Should().Equal("unit", "field", "gender", "ethnicGroup");
        list.Single(i => i.GetProperty("code").GetString() == "T4").GetProperty("target").GetProperty("everyYear").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task T1_counts_leaders_in_post_on_the_day_and_not_one_whose_post_ended_mid_year()
    {
        var endOfYear = await ValueAsync("T1", "at: \"2025-12-31\"");
        endOfYear.GetProperty("numerator").GetDecimal().Should().Be(1, "An took the international course; Bình only a language one");
        endOfYear.GetProperty("denominator").GetDecimal().Should().Be(2, "Cường's district post ended on 30/06/2025");
        endOfYear.GetProperty("display").GetString().Should().Be("50%");

        var midYear = await ValueAsync("T1", "at: \"2025-06-30\"");
        midYear.GetProperty("denominator").GetDecimal().Should().Be(3, "on its last day the post still counts");
    }

    [Fact]
    public async Task T1_is_judged_against_the_straight_path_from_the_baseline()
    {
        var value = await ValueAsync("T1", "year: 2025");

        // Baseline 01/01/2024: three leaders, none trained yet (0%). The path to 70% on 31/12/2030 stands at
        // 0.7 × 730/2556 = 19.99% on 31/12/2025; 50% is above it, below the target.
        value.GetProperty("expected").GetDecimal().Should().BeApproximately(0.1999m, 0.0001m);
        value.GetProperty("status").GetString().Should().Be("ON_TRACK");
        value.GetProperty("statusName").GetString().Should().Be("Đúng lộ trình");
    }

    [Fact]
    public async Task T2_drops_a_leader_on_their_fortieth_birthday_and_reports_no_data_when_nobody_is_left()
    {
        var dayBefore = await ValueAsync("T2", "at: \"2025-06-14\"");
        dayBefore.GetProperty("denominator").GetDecimal().Should().Be(1);
        dayBefore.GetProperty("value").GetDecimal().Should().Be(1);
        dayBefore.GetProperty("status").GetString().Should().Be("MET");

        var birthday = await ValueAsync("T2", "at: \"2025-06-15\"");
        birthday.GetProperty("denominator").GetDecimal().Should().Be(0);
        birthday.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        birthday.GetProperty("display").GetString().Should().Be("—");
        birthday.GetProperty("status").GetString().Should().Be("NO_DATA");
    }

    [Fact]
    public async Task T3_checks_every_post_against_the_degree_it_requires()
    {
        (await ValueAsync("T3", "at: \"2025-06-30\"")).GetProperty("display").GetString()
            .Should().Be("66,7%", "Cường's post requires a master's and he holds a bachelor's");
        var endOfYear = await ValueAsync("T3", "at: \"2025-12-31\"");
        endOfYear.GetProperty("value").GetDecimal().Should().Be(1, "a post without a requirement is met by any degree");
        endOfYear.GetProperty("status").GetString().Should().Be("MET");
    }

    [Fact]
    public async Task T4_counts_knowledge_updates_within_the_year_among_public_sector_staff_still_working()
    {
        var year2025 = await ValueAsync("T4", "year: 2025");
        year2025.GetProperty("from").GetString().Should().Be("2025-01-01");
        year2025.GetProperty("numerator").GetDecimal().Should().Be(2);
        year2025.GetProperty("denominator").GetDecimal().Should().Be(4, "Em retired on 31/03/2025");
        year2025.GetProperty("status").GetString().Should().Be("BEHIND", "the target is 100% every year and the year is over");

        var year2024 = await ValueAsync("T4", "year: 2024");
        year2024.GetProperty("numerator").GetDecimal().Should().Be(0);
        year2024.GetProperty("denominator").GetDecimal().Should().Be(5);
    }

    [Fact]
    public async Task Descriptive_counts_follow_the_register_year_by_year()
    {
        var trend = (await QueryAsync("{ indicator(code: \"D1\") { trend(fromYear: 2024, toYear: 2025) { year numerator change } } }"))
            .GetProperty("indicator").GetProperty("trend").EnumerateArray().ToList();
        trend.Select(p => p.GetProperty("numerator").GetDecimal()).Should().Equal(5m, 4m);
        trend[0].GetProperty("change").ValueKind.Should().Be(JsonValueKind.Null);
        trend[1].GetProperty("change").GetDecimal().Should().Be(-1);

        (await ValueAsync("D2", "year: 2023")).GetProperty("numerator").GetDecimal().Should().Be(0);
        (await ValueAsync("D2", "year: 2025")).GetProperty("numerator").GetDecimal().Should().Be(1);

        var byDegree = await BreakdownAsync("D1", "degree", "at: \"2025-12-31\"");
        byDegree.Should().Contain(("Doctorate", "Tiến sĩ", "1")).And.Contain(("Bachelor", "Cử nhân", "2")).And.Contain(("Master", "Thạc sĩ", "1"));
        (await BreakdownAsync("D1", "minority", "at: \"2025-12-31\"")).Should().Contain(("minority", "Dân tộc thiểu số", "1"));
    }

    [Fact]
    public async Task Unit_breakdown_rolls_up_the_tree_and_follows_a_merged_unit_to_its_successor()
    {
        var t1 = await BreakdownRowsAsync("T1", "unit", "at: \"2025-12-31\"");
        Row(t1, "Tỉnh Tuyên Quang").GetProperty("display").GetString().Should().Be("50%");
        Row(t1, "Tỉnh Tuyên Quang").GetProperty("depth").GetInt32().Should().Be(0);
        Row(t1, "Sở Giáo dục và Đào tạo").GetProperty("display").GetString().Should().Be("100%");
        Row(t1, "Sở Y tế").GetProperty("display").GetString().Should().Be("0%");
        Row(t1, "Sở Y tế").GetProperty("status").GetString().Should().Be("BEHIND");

        var after = await BreakdownRowsAsync("D1", "unit", "at: \"2025-12-31\"");
        Row(after, "Xã Đồng Văn").GetProperty("numerator").GetDecimal().Should().Be(1, "Cường's district was merged into the commune");
        after.Select(r => r.GetProperty("name").GetString()).Should().NotContain("Huyện Đồng Văn");

        var before = await BreakdownRowsAsync("D1", "unit", "at: \"2025-06-30\"");
        Row(before, "Huyện Đồng Văn").GetProperty("numerator").GetDecimal().Should().Be(1, "reports about a past date use the units as they were");
        before.Select(r => r.GetProperty("name").GetString()).Should().NotContain("Xã Đồng Văn");
        Row(before, "Sở Giáo dục và Đào tạo").GetProperty("numerator").GetDecimal().Should().Be(2, "the school's Dung rolls up into the department");
    }

    [Fact]
    public async Task Drill_down_lists_the_people_behind_the_number_for_editors_only()
    {
        var query = "{ indicator(code: \"T1\") { yes: subjects(at: \"2025-12-31\", filter: { inNumerator: true }) { totalCount items { id name unitName } } "
            + "no: subjects(at: \"2025-12-31\", filter: { inNumerator: false }) { items { name } } } }";
        var result = (await province.GraphQLAsync(query, token: province.Editor)).GetProperty("data").GetProperty("indicator");
        result.GetProperty("yes").GetProperty("totalCount").GetInt32().Should().Be(1);
        result.GetProperty("yes").GetProperty("items")[0].GetProperty("name").GetString().Should().Be("Nguyễn Văn An");
        result.GetProperty("yes").GetProperty("items")[0].GetProperty("unitName").GetString().Should().Be("Sở Giáo dục và Đào tạo");
        result.GetProperty("no").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).Should().Equal("Trần Thị Bình");

        (await province.GraphQLAsync(query, token: province.Viewer)).FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task Listing_people_by_ethnic_group_needs_the_personal_data_permission_but_counting_them_does_not()
    {
        (await BreakdownAsync("D1", "ethnicGroup", "at: \"2025-12-31\"", province.Viewer)).Should().Contain(("02", "Tày", "1"));

        var query = "{ indicator(code: \"D1\") { subjects(at: \"2025-12-31\", filter: { dimension: \"ethnicGroup\", value: \"02\" }) { items { name } } } }";
        (await province.GraphQLAsync(query, token: province.Editor)).FirstError().Code.Should().Be("FORBIDDEN");
        var allowed = await province.GraphQLAsync(query, token: province.Host.Token("editor", "Registry", "personal-data:read"));
        allowed.GetProperty("data").GetProperty("indicator").GetProperty("subjects").GetProperty("items")[0].GetProperty("name").GetString()
            .Should().Be("Hoàng Thị Dung");
    }

    [Fact]
    public async Task Indicators_measured_on_the_same_day_share_the_register_and_the_leaders()
    {
        await using var scope = province.Host.App.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Code == "T1"));
        var dbType = source.GetType().Assembly.GetType("TriThuc.Modules.Registry.Data.RegistryDbContext", throwOnError: true)!;
        using var commands = SqlStatements.Watch((DbContext)scope.ServiceProvider.GetRequiredService(dbType));
        var day = new IndicatorPeriod(new DateOnly(2025, 12, 31));

        await source.LoadAsync("T1", day, CancellationToken.None);
        var first = commands.Statements.Count;
        (await source.LoadAsync("T3", day, CancellationToken.None)).Subjects.Should().HaveCount(2);
        commands.Statements.Count.Should().Be(first + 1, "T3 needs only the leaders' degrees; the register and the leaders of the day are loaded already");
        await source.LoadAsync("T1", new IndicatorPeriod(new DateOnly(2025, 6, 30)), CancellationToken.None);
        commands.Statements.Count.Should().BeGreaterThan(first + 1, "another day is loaded afresh");
    }

    [Theory]
    [InlineData("minority", "minority")]
    [InlineData("ageBand", "30to39")]
    public async Task Listing_people_by_minority_or_age_band_needs_the_personal_data_permission(string dimension, string value)
    {
        var query = $"{{ indicator(code: \"D1\") {{ subjects(at: \"2025-12-31\", filter: {{ dimension: \"{dimension}\", value: \"{value}\" }}) {{ items {{ name }} }} }} }}";
        (await province.GraphQLAsync(query, token: province.Editor)).FirstError().Code.Should().Be("FORBIDDEN");

        var allowed = await province.GraphQLAsync(query, token: province.Host.Token("editor", "Registry", "personal-data:read"));
        allowed.GetProperty("data").GetProperty("indicator").GetProperty("subjects").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("name").GetString()).Should().Equal("Hoàng Thị Dung");
    }

    [Fact]
    public async Task Listing_the_young_leaders_of_T2_discloses_their_age_so_it_needs_the_permission_and_is_logged()
    {
        const string query = "{ indicator(code: \"T2\") { subjects(at: \"2025-06-14\") { items { id name } } } }";
        (await province.GraphQLAsync(query, token: province.Editor)).FirstError().Code.Should().Be("FORBIDDEN");

        var allowed = await province.GraphQLAsync(query, token: province.Host.Token("editor", "Registry", "personal-data:read"));
        allowed.GetProperty("data").GetProperty("indicator").GetProperty("subjects").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("name").GetString()).Should().Equal("Trần Thị Bình");
        (await SensitiveReadsAsync(province.Binh)).Should().Contain("age");
    }

    [Fact]
    public async Task Each_person_listed_by_a_sensitive_dimension_is_logged_as_a_read_of_it()
    {
        var query = "{ indicator(code: \"D1\") { subjects(at: \"2025-12-31\", filter: { dimension: \"ethnicGroup\", value: \"02\" }) { items { name } } } }";
        var result = await province.GraphQLAsync(query, token: province.Host.Token("editor", "Registry", "personal-data:read"));
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        (await SensitiveReadsAsync(province.Dung)).Should().Contain("ethnicGroup");
    }

    [Fact]
    public async Task Drill_down_shows_the_unit_a_person_counts_in_on_the_day()
    {
        const string query = "query($unit: ID!) { indicator(code: \"D1\") { subjects(at: \"{0}\", filter: { unitId: $unit }) { items { name unitName } } } }";

        var after = await province.GraphQLAsync(query.Replace("{0}", "2025-12-31"), new { unit = province.NewCommune }, province.Editor);
        Items(after).Should().Equal(("Lê Văn Cường", "Xã Đồng Văn"));

        var before = await province.GraphQLAsync(query.Replace("{0}", "2025-06-30"), new { unit = province.OldDistrict }, province.Editor);
        Items(before).Should().Equal(("Lê Văn Cường", "Huyện Đồng Văn"));

        static List<(string?, string?)> Items(JsonElement result) =>
            result.GetProperty("data").GetProperty("indicator").GetProperty("subjects").GetProperty("items").EnumerateArray()
                .Select(i => (i.GetProperty("name").GetString(), i.GetProperty("unitName").GetString())).ToList();
    }

    [Fact]
    public async Task The_unit_is_not_a_dimension_to_filter_a_drill_down_by()
    {
        var error = (await province.GraphQLAsync(
            "{ indicator(code: \"D1\") { subjects(filter: { dimension: \"unit\", value: \"x\" }) { totalCount } } }", token: province.Editor)).FirstError();
        error.Code.Should().Be("VALIDATION");
        error.Field.Should().Be("dimension");
    }

    [Fact]
    public async Task One_request_measures_on_at_most_forty_days()
    {
        var forty = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"d{i}: value(at: \"{new DateOnly(2025, 1, 1).AddDays(i):yyyy-MM-dd}\") {{ numerator }}"));
        var fine = await province.GraphQLAsync($"{{ indicator(code: \"D1\") {{ {forty} }} }}", token: province.Viewer);
        fine.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        var tooMany = await province.GraphQLAsync(
            $"{{ indicator(code: \"D1\") {{ {forty} more: value(at: \"2024-06-01\") {{ numerator }} again: value(at: \"2024-06-01\") {{ numerator }} }} }}",
            token: province.Viewer);
        tooMany.FirstError().Code.Should().Be("VALIDATION");
        tooMany.FirstError().Message.Should().Contain("40 ngày");
        tooMany.GetProperty("errors").GetArrayLength().Should().Be(2, "asking again for a day refused is refused again");
    }

    [Theory]
    [InlineData("{ indicator(code: \"T9\") { code } }", "NOT_FOUND", null)]
    [InlineData("{ indicator(code: \"T1\") { value(at: \"2025-01-01\", year: 2025) { value } } }", "VALIDATION", "at")]
    [InlineData("{ indicator(code: \"T1\") { value(at: \"2999-01-01\") { value } } }", "VALIDATION", "at")]
    [InlineData("{ indicator(code: \"T1\") { breakdown(by: \"religion\") { key } } }", "VALIDATION", "by")]
    [InlineData("{ indicator(code: \"T1\") { trend(fromYear: 2025, toYear: 2020) { year } } }", "VALIDATION", "fromYear")]
    [InlineData("{ indicator(code: \"T1\") { trend(fromYear: 2020, toYear: 2999) { year } } }", "VALIDATION", "toYear")]
    [InlineData("{ indicator(code: \"T1\") { trend(fromYear: 1900, toYear: 1910) { year } } }", "VALIDATION", "fromYear")]
    public async Task Bad_questions_get_a_stable_code_and_name_the_argument(string query, string code, string? field)
    {
        var error = (await province.GraphQLAsync(query, token: province.Viewer)).FirstError();
        error.Code.Should().Be(code);
        error.Field.Should().Be(field);
        error.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Indicators_are_for_signed_in_callers_only()
    {
        (await province.GraphQLAsync("{ indicators { code } }")).FirstError().Code.Should().Be("FORBIDDEN");
    }

    /// <summary>The fields of a person's record logged as sensitive reads, as the access log shows them to administrators.</summary>
    private async Task<List<string?>> SensitiveReadsAsync(Guid person) =>
        (await province.GraphQLAsync("query($id: ID) { sensitiveDataReads(filter: { recordId: $id }) { edges { node { fields } } } }", new { id = person }, province.Administrator))
            .GetProperty("data").GetProperty("sensitiveDataReads").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("fields").EnumerateArray().Select(f => f.GetString()))
            .ToList();

    private async Task<JsonElement> QueryAsync(string query) =>
        (await province.GraphQLAsync(query, token: province.Viewer)).GetProperty("data");

    private async Task<JsonElement> ValueAsync(string code, string arguments) =>
        (await QueryAsync($"{{ indicator(code: \"{code}\") {{ value({arguments}) {{ from numerator denominator value display expected status statusName }} }} }}"))
            .GetProperty("indicator").GetProperty("value");

    private async Task<List<JsonElement>> BreakdownRowsAsync(string code, string by, string arguments, string? token = null) =>
        (await province.GraphQLAsync(
            $"{{ indicator(code: \"{code}\") {{ breakdown(by: \"{by}\", {arguments}) {{ key name depth numerator denominator display status }} }} }}",
            token: token ?? province.Viewer))
        .GetProperty("data").GetProperty("indicator").GetProperty("breakdown").EnumerateArray().ToList();

    private async Task<List<(string?, string?, string?)>> BreakdownAsync(string code, string by, string arguments, string? token = null) =>
        (await BreakdownRowsAsync(code, by, arguments, token))
        .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("name").GetString(), r.GetProperty("display").GetString())).ToList();

    private static JsonElement Row(List<JsonElement> rows, string name) => rows.Single(r => r.GetProperty("name").GetString() == name);
}
