using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

public sealed class IntellectualTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string List = "query($filter: IntellectualFilter, $order: IntellectualOrder) { intellectuals(filter: $filter, orderBy: $order, first: 100) { totalCount edges { node { fullName } } } }";

    [Fact]
    public async Task Name_search_ignores_diacritics_case_and_d_versus_dj()
    {
        await registry.CreatePersonAsync("Nguyễn Văn An", registry.Health);
        await registry.CreatePersonAsync("Đỗ Thị Đào", registry.Health, gender: "FEMALE");

        (await ListAsync(new { search = "nguyen van an" })).Names().Should().Contain("Nguyễn Văn An");
        (await ListAsync(new { search = "do thi dao" })).Names().Should().Contain("Đỗ Thị Đào");
        (await ListAsync(new { search = "ĐÀO" })).Names().Should().Contain("Đỗ Thị Đào").And.NotContain("Nguyễn Văn An");
    }

    [Fact]
    public async Task A_unit_filter_takes_in_its_whole_subtree()
    {
        await registry.CreatePersonAsync("Giàng Thị Mai", registry.School, ethnicGroup: "08", gender: "FEMALE");
        await registry.CreatePersonAsync("Trần Văn Bình", registry.Health);

        var education = (await ListAsync(new { unitId = registry.Education })).Names();

        education.Should().Contain("Giàng Thị Mai").And.NotContain("Trần Văn Bình");
    }

    [Fact]
    public async Task Filters_combine_ethnic_minority_gender_age_and_status()
    {
        var retired = await registry.CreatePersonAsync("Lò Văn Pùng", registry.Health, dateOfBirth: "1960-02-01", ethnicGroup: "03");
        await registry.CreatePersonAsync("Lò Thị Ánh", registry.Health, dateOfBirth: "1995-02-01", ethnicGroup: "03", gender: "FEMALE");
        await registry.GraphQLAsync("mutation($id: ID!) { changeIntellectualStatus(id: $id, status: RETIRED, since: \"2020-03-01\") { id } }",
            new { id = retired }, registry.Editor);

        var personalData = registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);
        (await ListAsync(new { search = "lo", ethnicMinority = true, gender = "FEMALE" }, token: personalData)).Names().Should().Equal("Lò Thị Ánh");
        (await ListAsync(new { search = "lo", ageFrom = 60 }, token: personalData)).Names().Should().Equal("Lò Văn Pùng");
        (await ListAsync(new { search = "lo", ageTo = 40 }, token: personalData)).Names().Should().Equal("Lò Thị Ánh");
        (await ListAsync(new { search = "lo", status = "RETIRED" })).Names().Should().Equal("Lò Văn Pùng");
    }

    [Fact]
    public async Task Selecting_people_by_ethnicity_or_age_needs_the_personal_data_permission()
    {
        foreach (var filter in new object[] { new { ethnicMinority = true }, new { ageFrom = 30 } })
        {
            var result = await registry.GraphQLAsync(List, new { filter, order = "NAME_ASCENDING" }, registry.Editor);
            result.FirstError().Code.Should().Be("FORBIDDEN");
        }

        (await registry.GraphQLAsync(List, new { filter = new { }, order = "DATE_OF_BIRTH_ASCENDING" }, registry.Editor)).FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task The_list_is_ordered_as_asked()
    {
        await registry.CreatePersonAsync("Hà Văn Ba", registry.Health);
        await registry.CreatePersonAsync("Hà Văn Ân", registry.Health);

        (await ListAsync(new { search = "ha van" }, "NAME_ASCENDING")).Names().Should().Equal("Hà Văn Ân", "Hà Văn Ba");
        (await ListAsync(new { search = "ha van" }, "NAME_DESCENDING")).Names().Should().Equal("Hà Văn Ba", "Hà Văn Ân");
    }

    [Theory]
    [InlineData("2015-01-01", null, "dateOfBirth")]
    [InlineData("1985-01-01", "12345", "nationalId")]
    public async Task A_wrong_value_is_refused_naming_its_field(string dateOfBirth, string? nationalId, string field)
    {
        var result = await registry.CreatePersonRawAsync("Người Thử", registry.Health, dateOfBirth: dateOfBirth, nationalId: nationalId);

        result.FirstError().Code.Should().Be("VALIDATION");
        result.FirstError().Field.Should().Be(field);
    }

    [Fact]
    public async Task An_unknown_ethnic_group_is_refused()
    {
        (await registry.CreatePersonRawAsync("Người Thử", registry.Health, ethnicGroup: "99")).FirstError().Field.Should().Be("ethnicGroupCode");
    }

    [Fact]
    public async Task A_national_id_already_on_file_is_a_conflict_and_nothing_is_saved()
    {
        await registry.CreatePersonAsync("Phạm Văn Cường", registry.Health, nationalId: "001085012345");

        var duplicate = await registry.CreatePersonRawAsync("Phạm V. Cường", registry.Education, nationalId: "001085012345");

        duplicate.FirstError().Should().Be(("CONFLICT", "nationalId", "Số định danh cá nhân này đã có trong hồ sơ của người khác."));
        (await ListAsync(new { search = "pham v. cuong" })).Names().Should().BeEmpty();
    }

    [Fact]
    public async Task A_record_shows_who_changed_which_field_and_hides_sensitive_values_from_those_without_permission()
    {
        var id = await registry.CreatePersonAsync("Hoàng Văn Đức", registry.Health, nationalId: "002090000111");
        var privilegedToken = registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);
        await registry.GraphQLAsync("mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }", new
        {
            id,
            input = new { version = 0, fullName = "Hoàng Minh Đức", nationalId = "002090000222" },
        }, privilegedToken);

        var plain = await HistoryAsync(id, registry.Editor);
        var privileged = await HistoryAsync(id, privilegedToken);

        plain.Should().HaveCount(2);
        plain[1].GetProperty("changedBy").GetString().Should().Be("test-editor");
        var changes = JsonDocument.Parse(plain[1].GetProperty("changes").GetString()!).RootElement;
        changes.GetProperty("FullName").GetProperty("before").GetString().Should().Be("Hoàng Văn Đức");
        changes.GetProperty("FullName").GetProperty("after").GetString().Should().Be("Hoàng Minh Đức");
        changes.GetProperty("NationalId").GetProperty("redacted").GetBoolean().Should().BeTrue();
        JsonDocument.Parse(privileged[1].GetProperty("changes").GetString()!).RootElement
            .GetProperty("NationalId").GetProperty("after").GetString().Should().Be("002090000222");
    }

    [Fact]
    public async Task Showing_personal_values_in_a_history_or_the_audit_trail_is_logged_as_a_sensitive_read()
    {
        var id = await registry.CreatePersonAsync("Sùng Mí Chá", registry.Health, nationalId: "002090000333", ethnicGroup: "08");

        await HistoryAsync(id, registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead));
        await registry.GraphQLAsync("query($id: ID!) { auditTrail(entityId: $id) { changes } }", new { id }, registry.Administrator);

        var reads = (await registry.GraphQLAsync("query($id: ID) { sensitiveDataReads(filter: { recordId: $id }) { edges { node { userId fields } } } }",
                new { id }, registry.Administrator))
            .GetProperty("data").GetProperty("sensitiveDataReads").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).ToList();
        reads.Should().Contain(r => r.GetProperty("userId").GetString() == "test-editor"
            && r.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "history.NationalId"));
        reads.Should().Contain(r => r.GetProperty("userId").GetString() == "test-administrator"
            && r.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "auditTrail.EthnicGroupCode"));
    }

    [Fact]
    public async Task Viewers_see_no_records_and_sensitive_fields_need_the_permission()
    {
        (await registry.GraphQLAsync(List, new { filter = new { } }, registry.Host.Token(Roles.Viewer))).FirstError().Code.Should().Be("FORBIDDEN");

        var sensitive = await registry.GraphQLAsync("{ intellectuals(first: 1) { edges { node { nationalId ethnicGroup { name } } } } }", token: registry.Editor);

        sensitive.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("field").GetString())
            .Should().BeEquivalentTo("Intellectual.nationalId", "Intellectual.ethnicGroup");
    }

    private async Task<JsonElement> ListAsync(object filter, string order = "NAME_ASCENDING", string? token = null)
    {
        var result = await registry.GraphQLAsync(List, new { filter, order }, token ?? registry.Editor);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty("intellectuals");
    }

    private async Task<List<JsonElement>> HistoryAsync(Guid id, string token) =>
        (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { history { action changedBy changes } } }", new { id }, token))
            .GetProperty("data").GetProperty("intellectual").GetProperty("history").EnumerateArray().ToList();
}
