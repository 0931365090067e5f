using System.Net;
using System.Net.Http.Headers;
using System.Text;
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
    public async Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/education/import/{kind}?dryRun={dryRun.ToString().ToLowerInvariant()}")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Editor);
        using var response = await Host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }
}
