using Microsoft.Playwright;
using TriThuc.SharedKernel.Text;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>An editor of the Registry finds people, reads their profiles, and goes from a number to the people behind it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class EditorTests(Chromium chromium, DemoProvince province)
{
    [Fact]
    public async Task A_name_typed_without_diacritics_finds_the_person_and_opens_their_profile()
    {
        var person = (await province.GraphQLAsync("{ intellectuals(first: 1, orderBy: NAME_DESCENDING) { nodes { id fullName nationalId trainings { title } } } }"))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("nodes")[0];
        var name = person.GetProperty("fullName").GetString()!;
        VietnameseText.Fold(name).Should().NotBe(name.ToLowerInvariant(), "the test needs a name with diacritics");
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Editor, "#/nguoi");
        var page = dashboard.Page;

        await page.GetByLabel("Tìm theo tên").FillAsync(VietnameseText.Fold(name));

        var link = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await Assertions.Expect(link.First).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        await link.First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử thay đổi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Khoa học và công nghệ", Exact = true })).ToBeVisibleAsync();
        foreach (var training in person.GetProperty("trainings").EnumerateArray().Take(3))
        {
            await Assertions.Expect(page.GetByText(training.GetProperty("title").GetString()!).First).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("national-id")).ToHaveCountAsync(0, new() { Timeout = 1_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem dữ liệu cá nhân" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Số định danh", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("national-id")).ToHaveTextAsync(person.GetProperty("nationalId").GetString() ?? "—");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_profile_asks_for_personal_data_only_when_the_editor_asks_to_see_it()
    {
        var id = (await province.GraphQLAsync("{ intellectuals(first: 1, orderBy: NAME_ASCENDING) { nodes { id } } }"))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("nodes")[0].GetProperty("id").GetString();
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Editor, "#/nguoi/" + id);
        var page = dashboard.Page;
        var queries = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.PostData is { } body)
            {
                lock (queries)
                {
                    queries.Add(body);
                }
            }
        };

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử thay đổi" })).ToBeVisibleAsync();
        lock (queries)
        {
            queries.Should().NotBeEmpty().And.NotContain(q => q.Contains("nationalId"), "opening a profile reads no personal data");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Xem dữ liệu cá nhân" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Ngày sinh", new() { Exact = true })).ToBeVisibleAsync();
        lock (queries)
        {
            queries.Should().ContainSingle(q => q.Contains("nationalId"));
        }
    }

    [Fact]
    public async Task A_change_to_a_personal_field_reads_as_hidden_to_a_clerk_not_as_empty()
    {
        var person = (await province.GraphQLAsync("{ intellectuals(first: 1, orderBy: NAME_ASCENDING, filter: { status: WORKING }) { nodes { id version } } }"))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("nodes")[0];
        (await province.GraphQLAsync("mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }",
            new { id = person.GetProperty("id").GetString(), input = new { version = person.GetProperty("version").GetInt32(), phone = "0912" + Random.Shared.Next(100000, 999999) } }))
            .GetProperty("data").GetProperty("updateIntellectual").GetProperty("id").GetString().Should().NotBeNull();
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Clerk, "#/nguoi/" + person.GetProperty("id").GetString());
        var page = dashboard.Page;

        var change = page.Locator(".changes li").Filter(new() { HasText = "Phone" }).Last;
        await Assertions.Expect(change).ToHaveTextAsync("Phone: (đã ẩn)");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_clerk_without_the_personal_data_permission_sees_no_personal_data_on_a_profile()
    {
        var id = (await province.GraphQLAsync("{ intellectuals(first: 1) { nodes { id } } }"))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("nodes")[0].GetProperty("id").GetString();
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Clerk, "#/nguoi/" + id);
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử thay đổi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Cần quyền xem dữ liệu cá nhân", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Số định danh", new() { Exact = true })).ToHaveCountAsync(0);
        dashboard.Problems.All.Should().BeEmpty("the page asks only for the fields the user may read");
    }

    [Fact]
    public async Task From_a_number_an_editor_reaches_the_people_behind_it()
    {
        var subjects = (await province.GraphQLAsync("{ indicator(code: \"T4\") { subjects(first: 1) { totalCount nodes { name } } } }", token: province.Editor))
            .GetProperty("data").GetProperty("indicator").GetProperty("subjects");
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Editor, "#/chi-tieu");
        var page = dashboard.Page;

        await page.Locator("article[data-code='T4']").GetByRole(AriaRole.Link, new() { Name = "Xem người sau con số" }).ClickAsync();

        var total = subjects.GetProperty("totalCount").GetInt32();
        await Assertions.Expect(page.GetByText($"{total:N0}".Replace(",", "."), new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = subjects.GetProperty("nodes")[0].GetProperty("name").GetString()! }).First).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
    }
}
