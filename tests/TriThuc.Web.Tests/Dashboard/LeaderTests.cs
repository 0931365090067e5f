using System.Text.Json;
using Microsoft.Playwright;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>A leader (viewer) reads the programme's targets: the API's own figures, trends, breakdowns, and nothing they may not see.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LeaderTests(Chromium chromium, DemoProvince province)
{
    [Fact]
    public async Task The_targets_page_shows_every_indicator_with_the_APIs_value_and_status_in_words()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu");
        var page = dashboard.Page;
        var api = (await province.GraphQLAsync("{ indicators { code module value { display statusName } } }", token: province.Leader))
            .GetProperty("data").GetProperty("indicators").EnumerateArray().ToList();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chỉ tiêu của Chương trình hành động" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Lãnh đạo (xem số liệu)");
        api.Select(i => i.GetProperty("code").GetString()).Should().Contain(["T1", "T2", "T3", "T4"]);
        foreach (var indicator in api)
        {
            var card = page.Locator($"article[data-code='{indicator.GetProperty("code").GetString()}']");
            await Assertions.Expect(card.GetByTestId("value")).ToHaveTextAsync(indicator.GetProperty("value").GetProperty("display").GetString()!);
            var status = card.Locator("header .status");
            if (indicator.GetProperty("value").GetProperty("statusName").GetString() is { } statusName)
            {
                await Assertions.Expect(status).ToHaveTextAsync(statusName);
            }
            else
            {
                await Assertions.Expect(status).ToHaveCountAsync(0, new() { Timeout = 1_000 });
            }
        }

        await Assertions.Expect(page.Locator("article[data-code='T1'] canvas")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cơ sở dữ liệu trí thức", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Khoa học và công nghệ", Exact = true })).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
        dashboard.Origins.Should().Equal([province.Host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority)], "fonts, scripts and styles all come from the host");
    }

    [Fact]
    public async Task A_leader_is_offered_no_drill_down_no_people_and_no_import()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu");
        var page = dashboard.Page;

        await Assertions.Expect(page.Locator("article[data-code='T1'] [data-testid=value]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Xem người sau con số")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Trí thức" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nhập dữ liệu" })).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(dashboard.Host, "/#/nguoi").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_breakdown_by_unit_opens_as_a_tree_with_the_APIs_figures()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu");
        var page = dashboard.Page;
        var rows = (await province.GraphQLAsync("{ indicator(code: \"T4\") { breakdown(by: \"unit\") { key name parentKey display } } }", token: province.Leader))
            .GetProperty("data").GetProperty("indicator").GetProperty("breakdown").EnumerateArray().ToList();
        var root = rows.First(r => r.GetProperty("parentKey").ValueKind == JsonValueKind.Null);
        var child = rows.First(r => r.GetProperty("parentKey").GetString() == root.GetProperty("key").GetString());

        var card = page.Locator("article[data-code='T4']");
        await card.GetByLabel("Phân tổ theo").SelectOptionAsync(new SelectOptionValue { Label = "Đơn vị" });
        var tree = card.GetByRole(AriaRole.Tree);
        var rootToggle = tree.GetByRole(AriaRole.Button, new() { Name = root.GetProperty("name").GetString()! });
        await Assertions.Expect(rootToggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(tree.GetByText(child.GetProperty("name").GetString()!, new() { Exact = true })).ToHaveCountAsync(0);

        await rootToggle.ClickAsync();

        await Assertions.Expect(rootToggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(tree.GetByText(child.GetProperty("name").GetString()!, new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(tree.Locator(".breakdown-value").First).ToHaveTextAsync(root.GetProperty("display").GetString()!);
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_past_day_shows_the_value_the_API_gives_for_that_day()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu");
        var page = dashboard.Page;
        var expected = (await province.GraphQLAsync("{ indicator(code: \"T4\") { value(at: \"2023-06-30\") { display } } }", token: province.Leader))
            .GetProperty("data").GetProperty("indicator").GetProperty("value").GetProperty("display").GetString()!;

        await page.GetByLabel("Số liệu tại ngày").FillAsync("2023-06-30");

        await Assertions.Expect(page.GetByText("Số liệu tại ngày 30/06/2023")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article[data-code='T4'] [data-testid=value]")).ToHaveTextAsync(expected);
    }

    [Fact]
    public async Task Printing_opens_the_folded_sections_and_closes_them_again_afterwards()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu");
        var page = dashboard.Page;
        await Assertions.Expect(page.Locator("article[data-code='T1'] canvas")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Đang tải xu hướng…")).ToHaveCountAsync(0);
        var folded = await page.Locator("details:not([open])").CountAsync();
        folded.Should().BeGreaterThan(0);

        await page.EvaluateAsync("() => dispatchEvent(new Event('beforeprint'))");
        (await page.Locator("details:not([open])").CountAsync()).Should().Be(0, "a printed page shows what each folded section holds");

        await page.EvaluateAsync("() => dispatchEvent(new Event('afterprint'))");
        (await page.Locator("details:not([open])").CountAsync()).Should().Be(folded, "the screen is left as it was");
    }

    [Fact]
    public async Task The_targets_page_fits_a_phone()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu", new() { Width = 390, Height = 844 });
        var page = dashboard.Page;

        await Assertions.Expect(page.Locator("article[data-code='T1'] [data-testid=value]")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing may make a phone scroll sideways");
    }
}
