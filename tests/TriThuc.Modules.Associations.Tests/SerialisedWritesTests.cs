using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>
/// Writes whose rules read what hangs off an association are serialised on it: of two sent at the same moment from the
/// same state, the second is refused (CONFLICT) rather than passing a rule the first made untrue. Charter amendments
/// are kept only as a chain each link of which saw the one before it; a term keeps one president; a seat is left once;
/// a person is admitted once.
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

    [Fact]
    public async Task Presidents_appointed_at_once_leave_the_term_one_president()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (association, editor, term) = await province.BoardAsync($"Hội Chủ tịch đồng thời {round}", Concurrent);

            var answers = await Task.WhenAll(province.People.Take(Concurrent).Select(person => province.GraphQLAsync(
                "mutation($id: ID!, $input: AssociationsLeaderInput!) { appointAssociationsLeader(id: $id, input: $input) { id } }",
                new { id = term, input = new { personId = person, role = "PRESIDENT", appointedOn = "2023-03-01" } }, editor)));

            answers.Where(a => a.TryGetProperty("errors", out _)).Select(a => a.FirstError().Code).Should().AllBe("CONFLICT");
            (await LeadersAsync(association)).Count(l => l.Text("role") == "PRESIDENT").Should().Be(1, "a term has one president at a time");
        }
    }

    [Fact]
    public async Task A_seat_left_twice_at_once_is_left_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (association, editor, term) = await province.BoardAsync($"Hội Thôi chức đồng thời {round}", Concurrent);
            var seat = (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsLeaderInput!) { appointAssociationsLeader(id: $id, input: $input) { leaders { id } } }",
                new { id = term, input = new { personId = province.People[0], role = "VICE_PRESIDENT", appointedOn = "2023-03-01" } }, editor))
                .Data("appointAssociationsLeader").GetProperty("leaders")[0].Id();

            var answers = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => province.GraphQLAsync(
                "mutation($id: ID!, $input: AssociationsLeaderLeaveInput!) { leaveAssociationsLeaderSeat(id: $id, input: $input) { id } }",
                new { id = seat, input = new { leftOn = $"2024-01-{i + 1:D2}", reason = $"Quyết định số {i + 1}/QĐ" } }, editor)));

            answers.Count(a => !a.TryGetProperty("errors", out _)).Should().Be(1, "the second clerk is told the seat was just left, not allowed to overwrite it");
            answers.Where(a => a.TryGetProperty("errors", out _)).Select(a => a.FirstError().Code).Should().AllBe("CONFLICT");
        }
    }

    [Fact]
    public async Task One_person_admitted_several_times_at_once_is_a_member_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (association, editor) = await province.FoundAsync($"Hội Kết nạp đồng thời {round}", foundedOn: "2015-01-01");

            var answers = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i =>
                province.AdmitRawAsync(association, province.People[0], $"2025-01-{i + 1:D2}", editor)));

            answers.Where(a => a.TryGetProperty("errors", out _)).Select(a => a.FirstError().Code).Should().AllBe("CONFLICT");
            (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("totalCount").GetInt32()
                .Should().Be(1, "a person is a current member of an association once");
        }
    }

    private const int Rounds = 5, Concurrent = 6;

    private async Task<List<JsonElement>> LeadersAsync(Guid association) =>
        (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { terms { leaders { role } } } }", new { id = association }, province.RegistryEditor))
        .Data("associationsAssociation").GetProperty("terms")[0].GetProperty("leaders").EnumerateArray().ToList();
}
