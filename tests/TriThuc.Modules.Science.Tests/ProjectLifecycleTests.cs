using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class ProjectLifecycleTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Fact]
    public async Task A_science_editor_walks_a_project_through_its_whole_life_and_every_step_is_recorded()
    {
        var id = await host.ProposeAsync();
        await host.StepOkAsync("submitScienceProjectForAppraisal", id, "2025-02-01");
        (await host.CouncilWithScoresAsync(id, "APPRAISAL", "2025-02-05", 80, 85, 75, 90, 70)).Verdict.Should().Be("PASS");
        await host.StepOkAsync("approveScienceProject", id, "2025-03-01", "QĐ 123/QĐ-SKHCN");
        await host.StepOkAsync("startScienceProject", id, "2025-03-15");
        await host.StepOkAsync("submitScienceProjectForAcceptance", id, "2026-03-01");
        (await host.CouncilWithScoresAsync(id, "ACCEPTANCE", "2026-03-05", 88, 92, 79, 85, 90)).Verdict.Should().Be("PASS");
        (await host.StepAsync("acceptScienceProject", id, "2026-04-01", extraArguments: ", grade: EXCELLENT")).Data("acceptScienceProject")
            .Text("grade").Should().Be("EXCELLENT");
        (await host.GraphQLAsync(
            "mutation($id: ID!, $input: ScienceProjectApplicationInput!) { recordScienceProjectApplication(id: $id, input: $input) { status } }",
            new { id, input = new { place = "Xã Đồng Văn", scale = "50 ha", effect = "Năng suất tăng 20%", on = "2026-06-01" } },
            host.Editor)).Data("recordScienceProjectApplication").Text("status").Should().Be("APPLIED_IN_PRACTICE");

        var project = (await host.GraphQLAsync(
            """
            query($id: ID!) { scienceProject(id: $id) {
              status grade totalBudget allowedNextStatuses lead { fullName } members { fullName } hostUnitName
              application { place scale effect appliedOn }
              transitions { from to on changedBy reason }
              councils { kind verdict }
            } }
            """, new { id }, host.RegistryEditor)).Data("scienceProject");
        project.Text("status").Should().Be("APPLIED_IN_PRACTICE");
        project.GetProperty("totalBudget").GetInt64().Should().Be(1_500_000_000);
        project.GetProperty("allowedNextStatuses").GetArrayLength().Should().Be(0);
        project.GetProperty("lead").Text("fullName").Should().Be("Nguyễn Văn Đức");
        project.GetProperty("members")[0].Text("fullName").Should().Be("Trần Thị Hoa");
        project.Text("hostUnitName").Should().Be("Viện Nghiên cứu Nông nghiệp");
        project.GetProperty("application").Text("scale").Should().Be("50 ha");
        var transitions = project.GetProperty("transitions").EnumerateArray().ToList();
        transitions.Select(t => t.Text("to")).Should().Equal(
            "PROPOSED", "UNDER_APPRAISAL", "APPROVED", "IN_PROGRESS", "UNDER_ACCEPTANCE", "ACCEPTED", "APPLIED_IN_PRACTICE");
        transitions.Select(t => t.Text("on")).Should().Equal(
            "2025-01-10", "2025-02-01", "2025-03-01", "2025-03-15", "2026-03-01", "2026-04-01", "2026-06-01");
        transitions[0].GetProperty("from").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        transitions[2].Text("reason").Should().Be("QĐ 123/QĐ-SKHCN");
        transitions.Should().OnlyContain(t => t.Text("changedBy") == "test-editor");
        project.GetProperty("councils").EnumerateArray().Select(c => c.Text("verdict")).Should().Equal("PASS", "PASS");
    }

    [Theory]
    [InlineData("proposeScienceProject", "mutation { proposeScienceProject(input: { code: \"X\", title: \"Một đề tài\", level: PROVINCIAL, fieldCode: \"agriculture\", leadId: \"00000000-0000-0000-0000-000000000001\", hostUnitId: \"00000000-0000-0000-0000-000000000001\", stateBudget: 1, otherBudget: 0, plannedStart: \"2025-01-01\", plannedEnd: \"2025-12-31\" }) { id } }")]
    [InlineData("submitScienceProjectForAppraisal", "mutation { submitScienceProjectForAppraisal(id: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    [InlineData("approveScienceProject", "mutation { approveScienceProject(id: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    [InlineData("rejectScienceProject", "mutation { rejectScienceProject(id: \"00000000-0000-0000-0000-000000000001\", reason: \"x\") { id } }")]
    [InlineData("startScienceProject", "mutation { startScienceProject(id: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    [InlineData("submitScienceProjectForAcceptance", "mutation { submitScienceProjectForAcceptance(id: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    [InlineData("acceptScienceProject", "mutation { acceptScienceProject(id: \"00000000-0000-0000-0000-000000000001\", grade: PASS) { id } }")]
    [InlineData("failScienceProject", "mutation { failScienceProject(id: \"00000000-0000-0000-0000-000000000001\", reason: \"x\") { id } }")]
    [InlineData("recordScienceProjectApplication", "mutation { recordScienceProjectApplication(id: \"00000000-0000-0000-0000-000000000001\", input: { place: \"a\", scale: \"b\", effect: \"c\" }) { id } }")]
    [InlineData("formScienceCouncil", "mutation { formScienceCouncil(input: { projectId: \"00000000-0000-0000-0000-000000000001\", kind: APPRAISAL, name: \"HĐ\" }) { id } }")]
    [InlineData("addScienceCouncilMember", "mutation { addScienceCouncilMember(councilId: \"00000000-0000-0000-0000-000000000001\", input: { expertName: \"A\", expertOrganisation: \"B\", role: MEMBER }) { id } }")]
    [InlineData("scoreScienceCouncilMember", "mutation { scoreScienceCouncilMember(councilId: \"00000000-0000-0000-0000-000000000001\", memberId: \"00000000-0000-0000-0000-000000000001\", score: 80) { id } }")]
    [InlineData("addScienceFundContribution", "mutation { addScienceFundContribution(input: { source: STATE_BUDGET, contributor: \"Ngân sách tỉnh\", amount: 1, receivedOn: \"2025-01-01\" }) { id } }")]
    [InlineData("openScienceFundCall", "mutation { openScienceFundCall(input: { code: \"C\", title: \"Đợt 1\", opensOn: \"2025-01-01\", closesOn: \"2025-02-01\", budget: 1 }) { id } }")]
    [InlineData("submitScienceFundApplication", "mutation { submitScienceFundApplication(input: { callId: \"00000000-0000-0000-0000-000000000001\", title: \"T\", applicantName: \"A\", requestedAmount: 1, submittedOn: \"2025-01-05\" }) { id } }")]
    [InlineData("declineScienceFundApplication", "mutation { declineScienceFundApplication(applicationId: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    [InlineData("awardScienceFundGrant", "mutation { awardScienceFundGrant(applicationId: \"00000000-0000-0000-0000-000000000001\", amount: 1, awardedOn: \"2025-01-05\") { id } }")]
    [InlineData("disburseScienceFundGrant", "mutation { disburseScienceFundGrant(grantId: \"00000000-0000-0000-0000-000000000001\", amount: 1, paidOn: \"2025-01-05\") { id } }")]
    [InlineData("recordScienceInitiative", "mutation { recordScienceInitiative(input: { kind: INITIATIVE, title: \"T\", level: PROVINCIAL, year: 2025, holderIds: [\"00000000-0000-0000-0000-000000000001\"] }) { id } }")]
    public async Task An_editor_of_another_department_is_refused_every_science_mutation_that_a_science_editor_may_run(string mutation, string document)
    {
        var (code, field, _) = (await host.GraphQLAsync(document, token: host.RegistryEditor)).FirstError();
        code.Should().Be("FORBIDDEN");
        field.Should().Be($"Mutation.{mutation}");

        var asScienceEditor = await host.GraphQLAsync(document, token: host.Editor);
        if (asScienceEditor.TryGetProperty("errors", out _))
        {
            asScienceEditor.FirstError().Code.Should().NotBe("FORBIDDEN", "the dummy ids may be refused, the caller may not");
        }
    }

    [Fact]
    public async Task A_step_cannot_be_skipped()
    {
        var id = await host.ProposeAsync();

        var (code, _, message) = (await host.StepAsync("startScienceProject", id, "2025-02-01")).FirstError();

        code.Should().Be("CONFLICT");
        message.Should().Contain("'Đề xuất'").And.Contain("'Đang thực hiện'").And.Contain("chỉ có thể chuyển sang: Đang thẩm định");
    }

    [Fact]
    public async Task A_project_cannot_go_back()
    {
        var id = await host.WalkToAsync("IN_PROGRESS");

        var (code, _, message) = (await host.StepAsync("submitScienceProjectForAppraisal", id, "2025-04-01")).FirstError();

        code.Should().Be("CONFLICT");
        message.Should().Contain("chỉ có thể chuyển sang: Đang nghiệm thu");
    }

    [Fact]
    public async Task Terminal_statuses_are_terminal()
    {
        var rejected = await host.WalkToAsync("UNDER_APPRAISAL");
        await host.StepOkAsync("rejectScienceProject", rejected, "2025-02-10", "Trùng nội dung với đề tài cấp quốc gia đang thực hiện");
        var applied = await host.WalkToAsync("APPLIED_IN_PRACTICE");

        var (rejectedCode, _, rejectedMessage) = (await host.StepAsync("startScienceProject", rejected, "2025-03-01")).FirstError();
        var (appliedCode, _, appliedMessage) = (await host.StepAsync("submitScienceProjectForAcceptance", applied, "2026-07-01")).FirstError();

        rejectedCode.Should().Be("CONFLICT");
        rejectedMessage.Should().Contain("trạng thái cuối");
        appliedCode.Should().Be("CONFLICT");
        appliedMessage.Should().Contain("trạng thái cuối");
    }

    [Theory]
    [InlineData("rejectScienceProject", "UNDER_APPRAISAL")]
    [InlineData("failScienceProject", "UNDER_ACCEPTANCE")]
    public async Task Rejecting_or_failing_needs_a_reason(string mutation, string status)
    {
        var id = await host.WalkToAsync(status);

        var (code, field, _) = (await host.StepAsync(mutation, id, "2026-03-10", "  ")).FirstError();

        (code, field).Should().Be(("VALIDATION", "reason"));
        (await host.StepAsync(mutation, id, "2026-03-10", "Kết quả không đạt yêu cầu đặt hàng")).Data(mutation).Text("status")
            .Should().Be(mutation == "rejectScienceProject" ? "REJECTED" : "FAILED");
    }

    [Fact]
    public async Task Approval_follows_the_appraisal_council()
    {
        var withoutCouncil = await host.WalkToAsync("UNDER_APPRAISAL");
        var (code, field, message) = (await host.StepAsync("approveScienceProject", withoutCouncil, "2025-03-01")).FirstError();
        (code, field).Should().Be(("CONFLICT", "council"));
        message.Should().Contain("chưa được thành lập");

        var failed = await host.WalkToAsync("UNDER_APPRAISAL");
        (await host.CouncilWithScoresAsync(failed, "APPRAISAL", "2025-02-05", 60, 65, 70, 60, 62)).Verdict.Should().Be("FAIL");
        (await host.StepAsync("approveScienceProject", failed, "2025-03-01")).FirstError().Message.Should().Contain("không đạt");

        var passed = await host.WalkToAsync("UNDER_APPRAISAL");
        await host.CouncilWithScoresAsync(passed, "APPRAISAL", "2025-02-05", 80, 85, 75, 90, 70);
        var (rejectCode, _, rejectMessage) = (await host.StepAsync("rejectScienceProject", passed, "2025-03-01", "Không đủ kinh phí")).FirstError();
        rejectCode.Should().Be("CONFLICT");
        rejectMessage.Should().Contain("đã kết luận đạt");
    }

    [Fact]
    public async Task Acceptance_needs_a_passing_acceptance_council()
    {
        var id = await host.WalkToAsync("UNDER_ACCEPTANCE");

        (await host.StepAsync("acceptScienceProject", id, "2026-04-01", extraArguments: ", grade: PASS")).FirstError()
            .Should().Be(("CONFLICT", "council", "Hội đồng nghiệm thu của đề tài chưa được thành lập; chỉ chuyển tiếp khi hội đồng kết luận đạt."));
    }

    [Fact]
    public async Task A_transition_cannot_be_dated_before_the_previous_one_nor_in_the_future()
    {
        var id = await host.ProposeAsync();

        (await host.StepAsync("submitScienceProjectForAppraisal", id, "2025-01-09")).FirstError().Field.Should().Be("on");
        (await host.StepAsync("submitScienceProjectForAppraisal", id, "2099-01-01")).FirstError().Field.Should().Be("on");
        (await host.GraphQLAsync("query($id: ID!) { scienceProject(id: $id) { status transitions { to } } }", new { id }, host.Editor))
            .Data("scienceProject").GetProperty("transitions").GetArrayLength().Should().Be(1, "a refused step leaves nothing behind");
    }

    [Fact]
    public async Task A_proposal_names_existing_people_and_an_open_unit_and_a_new_code()
    {
        var code = host.NextCode();
        (await host.ProposeRawAsync(code, lead: Guid.NewGuid())).FirstError().Field.Should().Be("leadId");
        (await host.ProposeRawAsync(code, members: [host.Member, Guid.NewGuid()])).FirstError().Field.Should().Be("memberIds");
        (await host.ProposeRawAsync(code, hostUnit: host.ClosedDistrict, proposedOn: "2025-08-01")).FirstError()
            .Should().Be(("VALIDATION", "hostUnitId", "Đơn vị 'Huyện Đồng Văn' không hoạt động vào ngày 01/08/2025; hãy chọn đơn vị kế thừa."));
        (await host.ProposeRawAsync(code, title: "Ngắn")).FirstError().Field.Should().Be("title");

        (await host.ProposeRawAsync(code)).Data("proposeScienceProject");
        (await host.ProposeRawAsync(code)).FirstError().Should().Be(("CONFLICT", "code", $"Đã có đề tài mang mã '{code}'."));
    }

    [Fact]
    public async Task The_project_list_filters_by_status_level_lead_and_title_without_diacritics()
    {
        var national = await host.ProposeAsync("NATIONAL", "Nghiên cứu bảo tồn giống chè Shan tuyết cổ thụ");

        var result = (await host.GraphQLAsync(
            """
            { bySearch: scienceProjects(filter: { search: "che shan tuyet" }) { totalCount edges { node { id level members { fullName } } } }
              byLevel: scienceProjects(filter: { level: NATIONAL, status: PROPOSED, leadId: "LEAD" }) { totalCount }
              byYear: scienceProjects(filter: { year: 2030 }) { totalCount } }
            """.Replace("LEAD", host.Lead.ToString()), token: host.RegistryEditor));

        var found = result.Data("bySearch");
        found.GetProperty("totalCount").GetInt32().Should().Be(1);
        found.GetProperty("edges")[0].GetProperty("node").Id().Should().Be(national);
        found.GetProperty("edges")[0].GetProperty("node").GetProperty("members")[0].Text("fullName").Should().Be("Trần Thị Hoa");
        result.Data("byLevel").GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        result.Data("byYear").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Anonymous_callers_and_viewers_cannot_list_projects()
    {
        (await host.GraphQLAsync("{ scienceProjects { totalCount } }")).FirstError().Code.Should().Be("FORBIDDEN");
        (await host.GraphQLAsync("{ scienceProjects { totalCount } }", token: host.Host.Token("viewer"))).FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Theory]
    [InlineData("APPRAISAL", "approveScienceProject", "")]
    [InlineData("ACCEPTANCE", "acceptScienceProject", ", grade: PASS")]
    public async Task A_decision_may_not_predate_the_council_that_advised_it(string kind, string mutation, string extra)
    {
        var id = await host.WalkToAsync(kind == "APPRAISAL" ? "UNDER_APPRAISAL" : "UNDER_ACCEPTANCE");
        var formedOn = kind == "APPRAISAL" ? "2025-02-10" : "2026-03-10";
        await host.CouncilWithScoresAsync(id, kind, formedOn, 80, 85, 75, 90, 70);
        var before = kind == "APPRAISAL" ? "2025-02-09" : "2026-03-09";

        var (code, field, message) = (await host.StepAsync(mutation, id, before, extraArguments: extra)).FirstError();

        (code, field).Should().Be(("VALIDATION", "on"));
        message.Should().Contain(formedOn[8..10] + "/" + formedOn[5..7] + "/" + formedOn[..4]);
        (await host.StepAsync(mutation, id, formedOn, extraArguments: extra)).Data(mutation);
    }
}
