using Microsoft.Playwright;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>A clerk imports a file: a dry run first, every bad row shown with its row, column and reason, and nothing saved until the file is clean.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ClerkTests(Chromium chromium, DemoProvince province)
{
    private const string Header = "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Số định danh,Mã cán bộ,Điện thoại,Thư điện tử,Mã đơn vị,Chức danh,Lĩnh vực,Khu vực công,\"Vùng sâu, vùng xa\"";

    [Fact]
    public async Task An_import_with_a_bad_row_shows_that_row_and_saves_nothing_and_a_clean_file_is_then_saved()
    {
        var unitCode = (await province.GraphQLAsync("{ rootUnits { children { code } } }"))
            .GetProperty("data").GetProperty("rootUnits")[0].GetProperty("children")[0].GetProperty("code").GetString();
        var before = await province.PeopleCountAsync();
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Clerk, "#/nhap-lieu");
        var page = dashboard.Page;
        var good = $"Đinh Thị Tuyết Mai,Nữ,05/05/1990,Kinh,,WEB-001,,,{unitCode},Giáo viên,Giáo dục,Có,Không";

        await page.GetByLabel("Loại dữ liệu").SelectOptionAsync(new SelectOptionValue { Label = "Hồ sơ trí thức — Cơ sở dữ liệu trí thức" });
        await page.GetByLabel("Tệp").SetInputFilesAsync(Csv("nhap.csv", good, $"Lò Văn Sai,Nam,32/13/1992,Thái,,WEB-002,,,{unitCode},Giáo viên,Giáo dục,Có,Có"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra thử" }).ClickAsync();

        var problems = page.Locator("table.problems");
        await Assertions.Expect(problems).ToBeVisibleAsync();
        await Assertions.Expect(problems.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(problems.Locator("tbody tr td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(problems.Locator("tbody tr td").Nth(1)).ToHaveTextAsync("Ngày sinh");
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("không dòng nào được lưu");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nhập chính thức" })).ToHaveCountAsync(0);
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        (await province.PeopleCountAsync()).Should().Be(before);

        await page.GetByLabel("Tệp").SetInputFilesAsync(Csv("nhap-da-sua.csv", good));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra thử" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Chưa có gì được lưu");
        (await province.PeopleCountAsync()).Should().Be(before, "a dry run saves nothing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập chính thức" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Đã lưu: 1 mới");
        (await province.PeopleCountAsync()).Should().Be(before + 1);
        dashboard.Problems.All.Should().OnlyContain(p => p.Contains("status of 422"), "the refused file's answer (422) is the only error the browser logs");
    }

    [Fact]
    public async Task A_clerk_is_offered_the_imports_of_the_modules_they_write_with_their_templates_and_no_snapshot()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Clerk, "#/nhap-lieu");
        var page = dashboard.Page;

        var kinds = page.GetByLabel("Loại dữ liệu").Locator("option");
        await Assertions.Expect(kinds).ToHaveCountAsync(4);
        (await kinds.AllInnerTextsAsync()).Should().OnlyContain(k => k.EndsWith("Cơ sở dữ liệu trí thức"));
        await page.GetByLabel("Loại dữ liệu").SelectOptionAsync(new SelectOptionValue { Label = "Đào tạo, bồi dưỡng — Cơ sở dữ liệu trí thức" });
        await Assertions.Expect(page.GetByTestId("import-headers")).ToContainTextAsync("Mã cán bộ, Loại, Tên khóa");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tải tệp mẫu .csv" }).ClickAsync());
        download.SuggestedFilename.Should().Be("mau-registry-trainings.csv");
        var template = await File.ReadAllTextAsync(await download.PathAsync());
        template.Trim('\uFEFF', '\r', '\n').Should().Be("Số định danh,Mã cán bộ,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ,Số chứng chỉ");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sơ kết, tổng kết" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Các bản chụp" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chụp số liệu" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_clerk_without_personal_data_is_not_offered_the_people_behind_an_age_based_target()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Clerk, "#/chi-tieu");
        var page = dashboard.Page;

        await Assertions.Expect(page.Locator("article[data-code='T4'] [data-testid=value]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article[data-code='T4']").GetByText("Xem người sau con số")).ToHaveCountAsync(1);
        // T2 counts leaders under 40: its list tells their age, which the API keeps for personal-data readers.
        await Assertions.Expect(page.Locator("article[data-code='T2']").GetByText("Xem người sau con số")).ToHaveCountAsync(0);
        dashboard.Problems.All.Should().BeEmpty();
    }

    private static FilePayload Csv(string name, params string[] rows) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(Header)) + "\r\n"),
    };
}
