using Microsoft.Playwright;
using TriThuc.Testing;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>The associations' page: associations and their members' derived status, consultations and their answers, drafts and their comments.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AssociationsPageTests(Chromium chromium, DemoProvince province)
{
    private readonly ModuleRecords _records = new(province);

    [Fact]
    public async Task An_administrator_reads_an_association_its_members_a_critique_with_its_answers_and_a_draft_open_for_comment()
    {
        var root = await _records.RootUnitAsync();
        var people = await _records.PeopleAsync(2);
        var records = await _records.AssociationAsync(root.GetProperty("children")[0].Id(), people);
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Administrator, "#/chi-tieu");
        var page = dashboard.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Hội trí thức" }).ClickAsync();
        await page.GetByLabel("Tìm theo tên hội").FillAsync(records.Title);
        var row = page.GetByTestId("associations").GetByRole(AriaRole.Row).Filter(new() { HasText = records.Title });
        await Assertions.Expect(row).ToContainTextAsync("Đang hoạt động");
        await Assertions.Expect(row).ToContainTextAsync("1 / 1 / 0 / 1");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        await row.GetByRole(AriaRole.Link, new() { Name = records.Title }).ClickAsync();

        var members = page.GetByTestId("members");
        await Assertions.Expect(members.GetByRole(AriaRole.Row).Filter(new() { HasText = people[0].Text("fullName")! })).ToContainTextAsync("Mất hiệu lực");
        await Assertions.Expect(members.GetByRole(AriaRole.Row).Filter(new() { HasText = people[1].Text("fullName")! })).ToContainTextAsync("Đang sinh hoạt");
        await Assertions.Expect(members.GetByRole(AriaRole.Row).Filter(new() { HasText = records.Outsider })).ToContainTextAsync("Mới gia nhập");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tư vấn, phản biện" }).ClickAsync();
        var request = page.GetByTestId("consultation").Filter(new() { HasText = records.Subject });
        await Assertions.Expect(request).ToContainTextAsync("Phản biện");
        await Assertions.Expect(request.GetByText("Quá hạn", new() { Exact = true })).ToHaveCountAsync(0, new() { Timeout = 1_000 });
        await Assertions.Expect(request.GetByRole(AriaRole.Row).Filter(new() { HasText = records.Recommendations[0] })).ToContainTextAsync(records.Answer);
        await Assertions.Expect(request.GetByRole(AriaRole.Row).Filter(new() { HasText = records.Recommendations[1] })).ToContainTextAsync("Chưa trả lời");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Góp ý dự thảo" }).ClickAsync();
        var draft = page.GetByTestId("draft").Filter(new() { HasText = records.DraftTitle });
        await Assertions.Expect(draft).ToContainTextAsync("Đang nhận ý kiến");
        var comment = draft.GetByRole(AriaRole.Row).Filter(new() { HasText = records.Comment });
        await Assertions.Expect(comment).ToContainTextAsync(people[0].Text("fullName")!);
        await Assertions.Expect(comment).ToContainTextAsync("Chưa xử lý");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        await page.GotoAsync(new Uri(dashboard.Host, "/#/nguoi/" + people[0].Id()).ToString());
        var section = page.Locator("section[aria-labelledby='ho-so-hoi']");
        await Assertions.Expect(section.GetByRole(AriaRole.Row).Filter(new() { HasText = records.Title })).ToContainTextAsync("Mất hiệu lực");
        await Assertions.Expect(section).ToContainTextAsync(records.Comment);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thu hút, đãi ngộ", Exact = true })).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
    }

    [Fact]
    public async Task An_administrator_reads_the_term_length_its_charter_amendment_and_a_president_who_left_as_past()
    {
        var people = await _records.PeopleAsync(2);
        var board = await _records.AssociationBoardAsync(people);
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Administrator, "#/hoi/hoi/" + board.Id);
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = board.Title })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".facts dt", new() { HasText = "Nhiệm kỳ theo điều lệ" }).Locator("xpath=following-sibling::dd[1]"))
            .ToHaveTextAsync("3 năm (theo điều lệ sửa đổi từ 01/01/2025)");
        var amendment = page.GetByTestId("charter-amendments").GetByRole(AriaRole.Row).Filter(new() { HasText = board.Amendment });
        await Assertions.Expect(amendment).ToContainTextAsync("01/01/2025");
        await Assertions.Expect(amendment).ToContainTextAsync("5 năm");
        await Assertions.Expect(amendment).ToContainTextAsync("3 năm");
        var leaders = page.GetByRole(AriaRole.Table, new() { Name = "Ban lãnh đạo " + board.Term });
        await Assertions.Expect(leaders.GetByRole(AriaRole.Row).Filter(new() { HasText = people[0].Text("fullName")! }))
            .ToContainTextAsync($"Đã thôi, giữ chức đến hết ngày 30/06/2024 — {board.LeftReason}");
        var successor = leaders.GetByRole(AriaRole.Row).Filter(new() { HasText = people[1].Text("fullName")! });
        await Assertions.Expect(successor).ToContainTextAsync("01/07/2024");
        await Assertions.Expect(successor).ToContainTextAsync("Đang giữ chức");
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_registry_editor_sees_an_associations_member_counts_but_is_not_offered_its_member_list()
    {
        var root = await _records.RootUnitAsync();
        var records = await _records.AssociationAsync(root.GetProperty("children")[0].Id(), await _records.PeopleAsync(2));
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Editor, "#/hoi/hoi/" + records.Id);
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = records.Title })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Hội viên hôm nay")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Danh sách hội viên chỉ người biên tập của hội", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("members")).ToHaveCountAsync(0);
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty("the member list is not asked for a user who may not read it");
    }
}
