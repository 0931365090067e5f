using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// An import checks its file before it takes the database's write lock: a save by another clerk goes through while a
/// large file is checked, whether it is a dry run or a real import. The import is held after its first thousand rows
/// (<see cref="HeldImport"/>) while the save is made, so nothing here depends on timing: before the change,
/// those rows were already written in the import's open transaction and the save was refused as BUSY after the
/// one-second lock wait this host is given.
/// </summary>
[Collection(nameof(HeldImport))] // one held import at a time: the hold is a static seam of the runner
public sealed class ImportLockTests
{
    private const int Rows = 2_500;

    [SqliteFact]
    public async Task A_save_goes_through_while_a_dry_run_checks_a_large_file_and_the_dry_run_saves_nothing()
    {
        var (save, status, report, people, _) = await SaveWhileCheckingAsync("dry-run-lock.csv", dryRun: true, (host, _) => HeldImport.SaveAnotherUnitAsync(host), lockWaitOneSecond: true);

        save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("created").GetInt32().Should().Be(Rows);
        report.GetProperty("applied").GetBoolean().Should().BeFalse();
        people.Should().Be(0);
    }

    [SqliteFact]
    public async Task A_save_goes_through_while_a_real_import_checks_its_file_and_one_that_does_not_concern_the_file_leaves_it_written_as_checked()
    {
        var (save, status, report, people, log) = await SaveWhileCheckingAsync("import-lock.csv", dryRun: false, (host, _) => HeldImport.SaveAnotherUnitAsync(host), lockWaitOneSecond: true);

        save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("applied").GetBoolean().Should().BeTrue();
        people.Should().Be(Rows);
        log.Should().Contain(line => line.Contains("import-lock.csv") && line.Contains(WrittenAsChecked));
        log.Should().Contain(line => line.Contains(LinkedAgain), "the unit saved meanwhile appended to the chain the staged entries were linked into");
    }

    [Fact]
    public async Task A_unit_closed_while_the_file_is_checked_refuses_the_rows_about_it_and_nothing_is_written()
    {
        var (save, status, report, people, log) = await SaveWhileCheckingAsync("closed-meanwhile.csv", dryRun: false, (host, unitId) =>
            host.GraphQLAsync("mutation($id: ID!) { closeUnit(id: $id, closedOn: \"2025-06-30\") { id } }", new { id = unitId }, token: host.Token(Roles.Administrator)),
            lockWaitOneSecond: false);

        save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        status.Should().Be(HttpStatusCode.UnprocessableEntity, report.ToString());
        report.GetProperty("applied").GetBoolean().Should().BeFalse();
        report.GetProperty("problems").EnumerateArray().First().GetProperty("column").GetString().Should().Be("Mã đơn vị");
        people.Should().Be(0);
        log.Should().Contain(line => line.Contains("closed-meanwhile.csv") && line.Contains(CheckedAgain));
    }

    /// <summary>
    /// The write pass writes what the check kept ready only when nothing the check relied on changed meanwhile: here a
    /// clerk types in the person of the file's first row after the check has passed that row, so the row must now
    /// update that record, as it would have had the clerk been quicker, not create the same person a second time.
    /// </summary>
    [Fact]
    public async Task A_person_typed_in_while_the_file_is_checked_is_updated_by_their_row_not_created_twice()
    {
        var (save, status, report, people, log) = await SaveWhileCheckingAsync("typed-meanwhile.csv", dryRun: false,
            (host, unitId) => HeldImport.TypeInAsync(host, unitId, nationalId: LargeImportFiles.NationalIdOfRow(0), staffCode: null), lockWaitOneSecond: false);

        save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("applied").GetBoolean().Should().BeTrue();
        report.GetProperty("created").GetInt32().Should().Be(Rows - 1);
        report.GetProperty("updated").GetInt32().Should().Be(1);
        people.Should().Be(Rows);
        log.Should().Contain(line => line.Contains("typed-meanwhile.csv") && line.Contains(CheckedAgain));
    }

    /// <summary>Staff codes have no unique index: were this change missed, the person would be on file twice, silently.</summary>
    [Fact]
    public async Task A_person_typed_in_while_the_file_is_checked_with_a_row_s_staff_code_in_its_unit_is_updated_by_that_row()
    {
        var (save, status, report, people, log) = await SaveWhileCheckingAsync("staff-code-meanwhile.csv", dryRun: false,
            (host, unitId) => HeldImport.TypeInAsync(host, unitId, nationalId: null, staffCode: LargeImportFiles.StaffCodeOfRow(0)), lockWaitOneSecond: false);

        save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("created").GetInt32().Should().Be(Rows - 1);
        report.GetProperty("updated").GetInt32().Should().Be(1);
        people.Should().Be(Rows);
        log.Should().Contain(line => line.Contains("staff-code-meanwhile.csv") && line.Contains(CheckedAgain));
    }

    [Fact]
    public async Task A_person_typed_in_while_the_file_is_checked_whom_no_row_is_about_leaves_the_file_written_as_checked()
    {
        var (save, status, report, people, log) = await SaveWhileCheckingAsync("someone-else-meanwhile.csv", dryRun: false,
            (host, unitId) => HeldImport.TypeInAsync(host, unitId, nationalId: "009199000001", staffCode: "KHAC-1"), lockWaitOneSecond: false);

        save.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("created").GetInt32().Should().Be(Rows);
        people.Should().Be(Rows + 1);
        log.Should().Contain(line => line.Contains("someone-else-meanwhile.csv") && line.Contains(WrittenAsChecked));
    }

    [Fact]
    public async Task A_file_checked_while_nothing_else_changed_is_written_as_it_was_checked()
    {
        var (_, status, report, people, log) = await SaveWhileCheckingAsync("unchanged-meanwhile.csv", dryRun: false, save: null, lockWaitOneSecond: false);

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("applied").GetBoolean().Should().BeTrue();
        report.GetProperty("created").GetInt32().Should().Be(Rows);
        people.Should().Be(Rows);
        log.Should().Contain(line => line.Contains("unchanged-meanwhile.csv") && line.Contains(WrittenAsChecked))
            .And.NotContain(line => line.Contains("unchanged-meanwhile.csv") && line.Contains(CheckedAgain))
            .And.NotContain(line => line.Contains(LinkedAgain));
    }

    private const string WrittenAsChecked = HeldImport.WrittenAsChecked;

    private const string CheckedAgain = HeldImport.CheckedAgain;

    private const string LinkedAgain = HeldImport.LinkedAgain;

    /// <summary>
    /// Imports <see cref="Rows"/> new people into a unit "SNV"; when <paramref name="save"/> is given, it is made while the import is
    /// held after checking its first thousand rows. Returns the save's answer, the import's, how many people are then on file,
    /// and the host's log.
    /// </summary>
    private static async Task<(JsonElement Save, HttpStatusCode Status, JsonElement Report, int People, List<string> Log)> SaveWhileCheckingAsync(
        string fileName, bool dryRun, Func<TestHost, string, Task<JsonElement>>? save, bool lockWaitOneSecond)
    {
        await using var started = await LockTestHost.StartAsync(lockWaitOneSecond);
        var (host, unitId) = (started.Host, started.Unit);
        var administrator = host.Token(Roles.Administrator);
        var (saved, status, report) = await HeldImport.RunAsync(host, "intellectuals", LargeImportFiles.People(Rows, "SNV"), fileName, dryRun,
            save is null ? null : () => save(host, unitId));
        // However the write pass went (records copied as staged, audit entries linked again after a save, or the file checked again), the chain holds.
        var chains = await host.VerifyChainsAsync("Registry");
        chains.Should().OnlyContain(c => c.Break == null);
        var people = (await host.GraphQLAsync("{ intellectuals(first: 0) { totalCount } }", token: administrator))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32();
        chains.Single(c => c.Table == "AuditEntries").Length.Should().BeGreaterThanOrEqualTo(people, "every person on file has an audit entry");
        return (saved, status, report, people, host.LogLines());
    }
}
