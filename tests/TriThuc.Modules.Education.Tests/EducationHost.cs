using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>The shared small province (<see cref="ProvinceHost"/>) with the Education module loaded beside the Registry.</summary>
public sealed class EducationHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Education"];

    protected override IReadOnlyList<string> Settings => ["TriThuc:NationalIdKey=khoa-thu-nghiem-cua-tinh"];

    public string Editor => EditorOf("Education");

    /// <summary>An Education editor who may also read personal data (assessment ratings, pupils).</summary>
    public string PersonalDataEditor => Host.Token(Roles.Editor, "Education", Permissions.PersonalDataRead);

    /// <summary>Posts <paramref name="csv"/> to the module's import of <paramref name="kind"/>; the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun, string? token = null) =>
        Host.ImportCsvAsync("education", kind, csv, dryRun, token ?? Editor);
}
