using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>
/// Writes whose rules read what hangs off an association are serialised on it: charter amendments sent at the same
/// moment are kept only as a chain each link of which saw the one before it; the others are refused (CONFLICT), so no
/// amendment names the wrong length it replaced or comes before one recorded earlier.
/// </summary>
public sealed class SerialisedWritesTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private const int Amendments = 8;

    [Fact]
    public async Task Charter_amendments_sent_at_once_keep_a_history_in_which_each_replaced_the_one_before_it()
    {
        for (var round = 0; round < 5; round++)
        {
            var (association, editor) = await province.FoundAsync($"Hội Đồng thời {round}", foundedOn: "2015-01-01");

            var answers = await Task.WhenAll(Enumerable.Range(0, Amendments).Select(i => province.GraphQLAsync(
                "mutation($id: ID!, $input: AssociationsCharterAmendmentInput!) { amendAssociationsCharter(id: $id, input: $input) { id } }",
                new { id = association, input = new { termYears = i % 2 == 0 ? 4 : 6, number = province.NextCode("QĐ-ĐL"), decidedOn = $"2016-{i + 1:D2}-01" } },
                editor)));

            answers.Where(a => a.TryGetProperty("errors", out _)).Select(a => a.FirstError().Code)
                .Should().NotContain(code => code != "CONFLICT" && code != "VALIDATION", "an amendment that lost the race, or came after a later one, is refused");
            var history = (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { charterAmendments { termYears previousTermYears decidedOn } } }",
                    new { id = association }, province.RegistryEditor)).Data("associationsAssociation").GetProperty("charterAmendments").EnumerateArray()
                .Select(a => (Years: a.GetProperty("termYears").GetInt32(), Replaced: a.GetProperty("previousTermYears").GetInt32(), On: a.Text("decidedOn")))
                .OrderBy(a => a.On).ToList();
            history.Should().NotBeEmpty();
            history.Select(a => a.Replaced).Should().Equal(history.Select(a => a.Years).SkipLast(1).Prepend(5),
                "each amendment replaced the length in force the day before it, as the one before it set it");
        }
    }
}
