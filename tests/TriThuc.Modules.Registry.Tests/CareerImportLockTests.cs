using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// A career file (here trainings and posts) is checked before the write lock is taken and its new records kept ready, so
/// the lock is held only to write them; when another clerk changed meanwhile what the check relied on (a person of the
/// file, a record of the same kind for them, a unit a post is in), the file is checked again as it is written.
/// </summary>
[Collection(nameof(HeldImport))] // one held import at a time: the hold is a static seam of the runner
public sealed class CareerImportLockTests
{
    private const int Rows = 2_500;

    [SqliteFact]
    public async Task A_save_goes_through_while_a_trainings_file_is_checked_and_the_file_is_then_written_as_checked()
    {
        var result = await SaveWhileCheckingAsync("trainings", "trainings-lock.csv", LargeImportFiles.Trainings(Rows),
            (host, _, _) => HeldImport.SaveAnotherUnitAsync(host), lockWaitOneSecond: true);

        result.Save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        result.Status.Should().Be(HttpStatusCode.OK, result.Report.ToString());
        result.Report.GetProperty("created").GetInt32().Should().Be(Rows);
        result.Trained.Should().Be(Rows);
        result.Log.Should().Contain(line => line.Contains("trainings-lock.csv") && line.Contains(HeldImport.WrittenAsChecked))
            .And.Contain(line => line.Contains(HeldImport.LinkedAgain), "the unit saved meanwhile appended to the chain the staged entries were linked into");
    }

    [Fact]
    public async Task A_trainings_file_checked_while_nothing_else_changed_is_written_as_it_was_checked()
    {
        var result = await SaveWhileCheckingAsync("trainings", "trainings-unchanged.csv", LargeImportFiles.Trainings(Rows), save: null, lockWaitOneSecond: false);

        result.Status.Should().Be(HttpStatusCode.OK, result.Report.ToString());
        result.Report.GetProperty("applied").GetBoolean().Should().BeTrue();
        result.Report.GetProperty("created").GetInt32().Should().Be(Rows);
        result.Trained.Should().Be(Rows);
        result.Log.Should().Contain(line => line.Contains("trainings-unchanged.csv") && line.Contains(HeldImport.WrittenAsChecked))
            .And.NotContain(line => line.Contains("trainings-unchanged.csv") && line.Contains(HeldImport.CheckedAgain));
    }

    /// <summary>The check passed the first row as new; the same training typed in meanwhile makes it one already on file, so it must not be written twice.</summary>
    [Fact]
    public async Task The_same_training_typed_in_while_the_file_is_checked_is_not_written_twice()
    {
        var result = await SaveWhileCheckingAsync("trainings", "trainings-typed-meanwhile.csv", LargeImportFiles.Trainings(Rows), (host, firstPerson, _) =>
            host.GraphQLAsync("mutation($id: ID!, $input: TrainingInput!) { addTraining(intellectualId: $id, input: $input) { id } }", new
            {
                id = firstPerson,
                input = new { kind = "KNOWLEDGE_UPDATE", title = LargeImportFiles.TrainingTitle, provider = "Sở Nội vụ", startDate = "2025-08-03", endDate = "2025-08-07", hours = 32 },
            }, token: host.Token(Roles.Editor, "Registry")), lockWaitOneSecond: false);

        result.Save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        result.Status.Should().Be(HttpStatusCode.OK, result.Report.ToString());
        result.Report.GetProperty("created").GetInt32().Should().Be(Rows - 1);
        result.TrainingsOfFirstPerson.Should().Be(1);
        result.Log.Should().Contain(line => line.Contains("trainings-typed-meanwhile.csv") && line.Contains(HeldImport.CheckedAgain));
    }

    [Fact]
    public async Task A_person_of_the_file_changed_while_it_is_checked_has_the_file_checked_again()
    {
        var result = await SaveWhileCheckingAsync("trainings", "trainings-person-changed.csv", LargeImportFiles.Trainings(Rows), (host, firstPerson, _) =>
            host.GraphQLAsync("mutation($id: ID!) { changeIntellectualStatus(id: $id, status: RETIRED, since: \"2025-09-01\") { id } }",
                new { id = firstPerson }, token: host.Token(Roles.Editor, "Registry")), lockWaitOneSecond: false);

        result.Save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        result.Status.Should().Be(HttpStatusCode.OK, result.Report.ToString());
        result.Trained.Should().Be(Rows);
        result.Log.Should().Contain(line => line.Contains("trainings-person-changed.csv") && line.Contains(HeldImport.CheckedAgain));
    }

    /// <summary>The records kept ready were checked before the restriction: the file is checked again and the row refused.</summary>
    [Fact]
    public async Task A_person_of_the_file_whose_processing_is_restricted_while_it_is_checked_has_their_row_refused()
    {
        var result = await SaveWhileCheckingAsync("trainings", "trainings-restricted-meanwhile.csv", LargeImportFiles.Trainings(Rows), (host, firstPerson, _) =>
            host.GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể phản đối việc xử lý\") }",
                new { p = firstPerson }, token: host.Token(Roles.Administrator)), lockWaitOneSecond: false);

        result.Save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        result.Status.Should().Be(HttpStatusCode.UnprocessableEntity, result.Report.ToString());
        result.Report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().Equal([(2, "Số định danh")]);
        result.Trained.Should().Be(0);
        result.Log.Should().Contain(line => line.Contains("trainings-restricted-meanwhile.csv") && line.Contains(HeldImport.CheckedAgain));
    }

    /// <summary>A post is checked against its unit: the unit closed meanwhile refuses the posts that start after it closed, and nothing is written.</summary>
    [Fact]
    public async Task A_unit_closed_while_a_posts_file_is_checked_refuses_the_posts_in_it()
    {
        var result = await SaveWhileCheckingAsync("positions", "positions-unit-closed.csv", LargeImportFiles.Positions(Rows, "SNV"), (host, _, unit) =>
            host.GraphQLAsync("mutation($id: ID!) { closeUnit(id: $id, closedOn: \"2024-06-30\") { id } }", new { id = unit },
                token: host.Token(Roles.Administrator)), lockWaitOneSecond: false);

        result.Save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        result.Status.Should().Be(HttpStatusCode.UnprocessableEntity, result.Report.ToString());
        result.Report.GetProperty("problems").EnumerateArray().First().GetProperty("column").GetString().Should().Be("Mã đơn vị");
        result.Log.Should().Contain(line => line.Contains("positions-unit-closed.csv") && line.Contains(HeldImport.CheckedAgain));
    }

    private sealed record Result(JsonElement Save, HttpStatusCode Status, JsonElement Report, int Trained, int TrainingsOfFirstPerson, List<string> Log);

    /// <summary>
    /// Imports <see cref="Rows"/> people into a unit "SNV", then the career file of <paramref name="kind"/>; <paramref name="save"/>
    /// (given the host, the id of the file's first person and the unit's) is made while that import is held after checking its first thousand rows.
    /// </summary>
    private static async Task<Result> SaveWhileCheckingAsync(string kind, string fileName, string csv, Func<TestHost, string, string, Task<JsonElement>>? save, bool lockWaitOneSecond)
    {
        await using var started = await LockTestHost.StartAsync(lockWaitOneSecond);
        var (host, unit) = (started.Host, started.Unit);
        var administrator = host.Token(Roles.Administrator);
        // The file's first person is typed in first, for their id; the people file then updates them and creates the others.
        var firstPerson = (await HeldImport.TypeInAsync(host, unit, LargeImportFiles.NationalIdOfRow(0), staffCode: null))
            .GetProperty("data").GetProperty("createIntellectual").GetProperty("id").GetString()!;
        var (peopleStatus, peopleReport) = await HeldImport.PostAsync(host, "intellectuals", LargeImportFiles.People(Rows, "SNV"), "people.csv", dryRun: false);
        peopleStatus.Should().Be(HttpStatusCode.OK, peopleReport.ToString());

        var (saved, status, report) = await HeldImport.RunAsync(host, kind, csv, fileName, dryRun: false, save is null ? null : () => save(host, firstPerson, unit));

        (await host.VerifyChainsAsync("Registry")).Should().OnlyContain(c => c.Break == null);
        var trained = (await host.GraphQLAsync("{ intellectuals(first: 0, filter: { trainedInYear: 2025 }) { totalCount } }", token: administrator))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32();
        var trainingsOfFirst = (await host.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { id } } }", new { id = firstPerson }, token: administrator))
            .GetProperty("data").GetProperty("intellectual").GetProperty("trainings").GetArrayLength();
        return new Result(saved, status, report, trained, trainingsOfFirst, host.LogLines());
    }
}
