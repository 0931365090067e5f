using Microsoft.Playwright;
using TriThuc.Testing;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>The Health, Education and University pages: each module's main list, read by an editor.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DepartmentPagesTests(Chromium chromium, DemoProvince province)
{
    private readonly ModuleRecords _records = new(province);

    [Fact]
    public async Task An_editor_reads_practising_licences_schools_and_the_branchs_courses()
    {
        var holder = (await _records.PeopleAsync(3))[2];
        var number = _records.Unique("GP-WEB").Replace(' ', '-');
        (await province.GraphQLAsync("mutation($input: HealthLicenceInput!) { issueHealthLicence(input: $input) { id } }", new
        {
            input = new
            {
                holderId = holder.Id(), number, title = "NURSE", scope = "Điều dưỡng đa khoa", issuer = "Sở Y tế",
                issuedOn = ModuleRecords.Today.AddYears(-1).ToString("yyyy-MM-dd"),
            },
        })).Data("issueHealthLicence");
        var course = _records.Unique("Bồi dưỡng kỹ năng chuyển đổi số");
        (await province.GraphQLAsync("mutation($input: UniversityCourseInput!) { offerUniversityCourse(input: $input) { id } }", new
        {
            input = new { title = course, kind = "KNOWLEDGE_UPDATE", hours = 40, startDate = ModuleRecords.Today.ToString("yyyy-MM-dd"), endDate = ModuleRecords.Today.AddDays(14).ToString("yyyy-MM-dd") },
        })).Data("offerUniversityCourse");
        var schools = (await province.GraphQLAsync("{ educationSchools(first: 1) { totalCount } }", token: province.Editor))
            .Data("educationSchools").GetProperty("totalCount").GetInt32();
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Editor, "#/chi-tieu");
        var page = dashboard.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Y tế", Exact = true }).ClickAsync();
        var licence = page.GetByTestId("licences").GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Assertions.Expect(licence).ToContainTextAsync(holder.Text("fullName")!);
        await Assertions.Expect(licence).ToContainTextAsync("Điều dưỡng");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Giáo dục", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Trường học" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"{schools:N0} trường".Replace(",", "."), new() { Exact = true })).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Phân hiệu đại học", Exact = true }).ClickAsync();
        await page.GetByLabel("Tìm theo tên khóa").FillAsync(course);
        var row = page.GetByTestId("courses").GetByRole(AriaRole.Row).Filter(new() { HasText = course });
        await Assertions.Expect(row).ToContainTextAsync("Cập nhật kiến thức");
        await Assertions.Expect(row).ToContainTextAsync("40");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
    }
}
