using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

public sealed class DuplicateTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Pairs = "{ possibleDuplicates { reason first { fullName } second { fullName } } }";

    [Fact]
    public async Task The_same_person_entered_by_two_units_is_listed_and_shown_on_the_new_record()
    {
        await registry.CreatePersonAsync("Sầm Văn Quý", registry.Health, dateOfBirth: "1979-09-09");
        var second = await registry.CreatePersonAsync("SẦM VĂN QUÝ", registry.Education, dateOfBirth: "1979-09-09");

        var pairs = (await registry.GraphQLAsync(Pairs, token: registry.Editor)).GetProperty("data").GetProperty("possibleDuplicates").EnumerateArray().ToList();
        var candidates = (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { duplicateCandidates { fullName } } }", new { id = second }, registry.Editor))
            .GetProperty("data").GetProperty("intellectual").GetProperty("duplicateCandidates");

        pairs.Should().Contain(p => p.GetProperty("reason").GetString() == "SAME_NAME_AND_BIRTH_DATE"
            && p.GetProperty("first").GetProperty("fullName").GetString()!.ToLowerInvariant() == "sầm văn quý");
        candidates.EnumerateArray().Select(c => c.GetProperty("fullName").GetString()).Should().Equal("Sầm Văn Quý");
    }

    [Fact]
    public async Task A_typo_in_the_same_unit_with_the_same_birth_date_is_a_likely_duplicate()
    {
        await registry.CreatePersonAsync("Nông Văn Thành", registry.School, dateOfBirth: "1988-01-15");
        var typo = await registry.CreatePersonAsync("Nông Văn Thàn", registry.School, dateOfBirth: "1988-01-15");
        await registry.CreatePersonAsync("Nông Văn Thông", registry.School, dateOfBirth: "1990-01-15");
        await registry.CreatePersonAsync("Nông Văn Thàng", registry.Health, dateOfBirth: "1988-01-15"); // a close name, but another unit

        var pairs = (await registry.GraphQLAsync(Pairs, token: registry.Editor)).GetProperty("data").GetProperty("possibleDuplicates").EnumerateArray().ToList();
        var candidates = (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { duplicateCandidates { fullName } } }", new { id = typo }, registry.Editor))
            .GetProperty("data").GetProperty("intellectual").GetProperty("duplicateCandidates");

        pairs.Should().ContainSingle(p => p.GetProperty("reason").GetString() == "CLOSE_NAME_SAME_UNIT"
            && p.GetProperty("first").GetProperty("fullName").GetString()!.StartsWith("Nông Văn Th"));
        candidates.EnumerateArray().Select(c => c.GetProperty("fullName").GetString()).Should().Equal("Nông Văn Thành");
    }

    [Fact]
    public async Task Merging_keeps_every_record_of_both_tells_other_modules_and_hides_the_duplicate()
    {
        var keep = await registry.CreatePersonAsync("Vi Văn Định", registry.Health, dateOfBirth: "1982-02-02");
        var duplicate = await registry.CreatePersonAsync("Vi Văn Đinh", registry.Health, dateOfBirth: "1982-02-02", nationalId: "004082000123");
        await registry.GraphQLAsync("mutation($id: ID!) { addQualification(intellectualId: $id, input: { degree: MASTER, field: \"Y tế công cộng\", year: 2012 }) { id } }",
            new { id = duplicate }, registry.Editor);

        var merged = await registry.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { nationalId qualifications { degree } } }",
            new { keep, merge = duplicate }, registry.Host.Token(SharedKernel.Security.Roles.Administrator));

        var kept = merged.GetProperty("data").GetProperty("mergeIntellectuals");
        kept.GetProperty("nationalId").GetString().Should().Be("004082000123");
        kept.GetProperty("qualifications")[0].GetProperty("degree").GetString().Should().Be("MASTER");
        (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"vi van dinh\" }) { totalCount } }", token: registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32().Should().Be(1);
        (await OutboxTypesAsync()).Should().Contain("TriThuc.Modules.Registry.Contracts.IntellectualsMerged");

        var again = await registry.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep, merge = duplicate }, registry.Editor);
        again.FirstError().Should().Be(("CONFLICT", "mergeId", "Hồ sơ này đã được gộp vào một hồ sơ khác."));
    }

    [SqliteFact]
    public async Task Two_records_with_different_national_ids_are_two_people_and_are_not_merged()
    {
        var first = await registry.CreatePersonAsync("Hứa Văn Tài", registry.Health, dateOfBirth: "1980-10-10", nationalId: "001080000777");
        var second = await registry.CreatePersonAsync("Hứa Văn Tài", registry.Health, dateOfBirth: "1980-10-10", nationalId: "001080000888");

        var result = await registry.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = first, merge = second }, registry.Editor);

        result.FirstError().Code.Should().Be("CONFLICT");
    }

    private Task<List<string>> OutboxTypesAsync() => registry.Host.OutboxTypesAsync("Registry");
}
