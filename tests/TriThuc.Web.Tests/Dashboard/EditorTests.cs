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
        var person = (await province.GraphQLAsync("{ intellectuals(first: 1, orderBy: NAME_DESCENDING) { nodes { id fullName trainings { title } } } }"))
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

        await Assertions.Expect(page.GetByText("Số định danh")).ToBeVisibleAsync();
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
