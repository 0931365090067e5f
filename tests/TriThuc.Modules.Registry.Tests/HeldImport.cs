using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Imports;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// Imports a file while another clerk saves something: the import is held after checking its first thousand rows
/// (<see cref="ImportRunner.AfterChunk"/>) while the save is made, so nothing depends on timing.
/// </summary>
internal static class HeldImport
{
    /// <summary>What an import's log says when its write pass wrote what the check kept ready.</summary>
    public const string WrittenAsChecked = "written as checked";

    /// <summary>What it says when something the check relied on changed meanwhile, so the file was checked again under the lock.</summary>
    public const string CheckedAgain = "checked again";

    /// <summary>What it says when staged audit entries were linked after entries appended meanwhile.</summary>
    public const string LinkedAgain = "linked again";

    /// <summary>A save that concerns no import file: another clerk adds the unit "SYT".</summary>
    public static Task<JsonElement> SaveAnotherUnitAsync(TestHost host) =>
        host.GraphQLAsync("""mutation { createUnit(input: { code: "SYT", name: "Sở Y tế", kind: DEPARTMENT, validFrom: "2020-01-01" }) { id } }""",
            token: host.Token(Roles.Administrator));

    /// <summary>Another clerk types in "Lò Thị Mai", born 1 January 1960, in <paramref name="unitId"/>, with these keys.</summary>
    public static Task<JsonElement> TypeInAsync(TestHost host, string unitId, string? nationalId, string? staffCode) =>
        host.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName = "Lò Thị Mai", gender = "FEMALE", dateOfBirth = "1960-01-01", ethnicGroupCode = "03", nationalId, staffCode,
                unitId, fieldCode = "education", isPublicSector = true, isRemotePosting = false,
            },
        }, token: host.Token(Roles.Editor, "Registry"));

    /// <summary>
    /// Posts <paramref name="csv"/> to the import of <paramref name="kind"/> as a Registry editor; when <paramref name="save"/> is
    /// given, makes it while the import is held after checking its first thousand rows, and fails unless the save ended first.
    /// </summary>
    public static async Task<(JsonElement Save, HttpStatusCode Status, JsonElement Report)> RunAsync(
        TestHost host, string kind, string csv, string fileName, bool dryRun, Func<Task<JsonElement>>? save)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ImportRunner.AfterChunk = async (file, pass, chunk) =>
        {
            if (save is not null && file == fileName && pass == ImportPass.Check && chunk == 1)
            {
                held.TrySetResult();
                await release.Task;
            }
        };
        try
        {
            var import = PostAsync(host, kind, csv, fileName, dryRun);
            var saved = default(JsonElement);
            if (save is not null)
            {
                await Task.WhenAny(held.Task, import).Unwrap();
                held.Task.IsCompleted.Should().BeTrue("the import must reach its second thousand rows: " + (import.IsCompleted ? (await import).Report.ToString() : ""));

                saved = await save();
                import.IsCompleted.Should().BeFalse("the save finished while the import was still checking its file");
                release.SetResult();
            }

            var (status, report) = await import;
            return (saved, status, report);
        }
        finally
        {
            ImportRunner.AfterChunk = null;
            release.TrySetResult();
        }
    }

    public static Task<(HttpStatusCode Status, JsonElement Report)> PostAsync(TestHost host, string kind, string csv, string fileName, bool dryRun) =>
        host.ImportCsvAsync("registry", kind, csv, dryRun, host.Token(Roles.Editor, "Registry"), fileName);
}
