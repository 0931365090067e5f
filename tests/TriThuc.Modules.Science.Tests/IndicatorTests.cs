using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Indicators;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>
/// A host of its own with a small dataset built by hand: four projects (applied in practice, accepted,
/// rejected, still proposed) and one grant paid out over two years.
/// </summary>
public sealed class IndicatorDataset : IAsyncLifetime
{
    public ScienceHost Host { get; } = new();

    public Guid Applied { get; private set; }

    public Guid Accepted { get; private set; }

    public Guid Rejected { get; private set; }

    public Guid Proposed { get; private set; }

    public Guid Grant { get; private set; }

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        var host = Host;
        Applied = await host.WalkToAsync("APPLIED_IN_PRACTICE", "PROVINCIAL");
        Accepted = await host.WalkToAsync("ACCEPTED", "NATIONAL");
        Rejected = await host.WalkToAsync("UNDER_APPRAISAL", "PROVINCIAL");
        await host.StepOkAsync("rejectScienceProject", Rejected, "2025-02-20", "Trùng nội dung");
        Proposed = await host.ProposeAsync("GRASSROOTS");

        await host.GraphQLAsync("mutation { addScienceFundContribution(input: { source: STATE_BUDGET, contributor: \"Ngân sách tỉnh\", amount: 5000000000, receivedOn: \"2025-01-02\" }) { id } }", token: host.Editor);
        var call = (await host.GraphQLAsync("mutation { openScienceFundCall(input: { code: \"Q-2025\", title: \"Đợt 2025\", opensOn: \"2025-01-01\", closesOn: \"2025-06-30\", budget: 3000000000 }) { id } }", token: host.Editor)).Data("openScienceFundCall").Id();
        var application = (await host.GraphQLAsync("mutation($input: ScienceFundApplicationInput!) { submitScienceFundApplication(input: $input) { id } }", new
        {
            input = new { callId = call, title = "Nhà máy chế biến chè Shan tuyết", applicantName = "Viện Nghiên cứu Nông nghiệp", applicantUnitId = host.Institute, requestedAmount = 2_000_000_000L, submittedOn = "2025-02-01" },
        }, host.Editor)).Data("submitScienceFundApplication").Id();
        Grant = (await host.GraphQLAsync($"mutation {{ awardScienceFundGrant(applicationId: \"{application}\", amount: 2000000000, awardedOn: \"2025-03-01\") {{ id }} }}", token: host.Editor)).Data("awardScienceFundGrant").Id();
        await host.GraphQLAsync($"mutation {{ disburseScienceFundGrant(grantId: \"{Grant}\", amount: 800000000, paidOn: \"2025-04-01\") {{ id }} }}", token: host.Editor);
        await host.GraphQLAsync($"mutation {{ disburseScienceFundGrant(grantId: \"{Grant}\", amount: 700000000, paidOn: \"2026-02-01\") {{ id }} }}", token: host.Editor);
    }

    public Task DisposeAsync() => Host.DisposeAsync();
}

/// <summary>Indicators S1–S4, read from the Science indicator source of a running host (the host's indicator API is built apart).</summary>
public sealed class IndicatorTests(IndicatorDataset data) : IClassFixture<IndicatorDataset>
{
    private ScienceHost Host => data.Host;


    [Fact]
    public async Task S1_counts_projects_by_their_status_on_the_day_with_level_field_and_host_unit()
    {
        var today = await LoadAsync("S1", new DateOnly(2026, 11, 1));
        today.Subjects.Should().HaveCount(4);
        today.Subjects.Should().OnlyContain(s => s.UnitId == Host.Institute && s.Weight == 1 && s.Dimensions[2] == "agriculture");
        StatusOf(today, data.Applied).Should().Equal("AppliedInPractice", "Provincial", "agriculture");
        StatusOf(today, data.Accepted).Should().Equal("Accepted", "National", "agriculture");
        StatusOf(today, data.Rejected)[0].Should().Be("Rejected");
        StatusOf(today, data.Proposed)[1].Should().Be("Grassroots");
        today.NameOf("status", "UnderAppraisal").Should().Be("Đang thẩm định");

        var past = await LoadAsync("S1", new DateOnly(2025, 2, 10));
        past.Subjects.Select(s => s.Dimensions[0]).Should().BeEquivalentTo(["UnderAppraisal", "UnderAppraisal", "UnderAppraisal", "Proposed"]);
        (await LoadAsync("S1", new DateOnly(2025, 1, 9))).Subjects.Should().BeEmpty();
        today.Units.Should().Contain(u => u.Id == Host.Institute && u.ParentId == Host.Department);
    }

    [Fact]
    public async Task S2_is_the_share_of_accepted_projects_applied_in_practice()
    {
        var population = await LoadAsync("S2", new DateOnly(2026, 11, 1));
        population.Subjects.Select(s => s.Id).Should().BeEquivalentTo([data.Applied, data.Accepted]);
        population.Subjects.Single(s => s.InNumerator).Id.Should().Be(data.Applied);

        var beforeApplication = await LoadAsync("S2", new DateOnly(2026, 5, 1));
        beforeApplication.Subjects.Should().HaveCount(2).And.OnlyContain(s => !s.InNumerator);
    }

    [Fact]
    public async Task S3_and_S4_sum_money_committed_and_disbursed_in_the_year_to_date()
    {
        (await LoadAsync("S3", new DateOnly(2025, 12, 31))).Subjects.Sum(s => s.Weight).Should().Be(2_000_000_000);
        (await LoadAsync("S3", new DateOnly(2025, 2, 28))).Subjects.Should().BeEmpty();
        (await LoadAsync("S3", new DateOnly(2026, 11, 1))).Subjects.Should().BeEmpty("nothing was committed in 2026");

        var disbursed2025 = await LoadAsync("S4", new DateOnly(2025, 12, 31));
        disbursed2025.Subjects.Sum(s => s.Weight).Should().Be(800_000_000);
        disbursed2025.Subjects.Should().OnlyContain(s => s.UnitId == Host.Institute);
        (await LoadAsync("S4", new DateOnly(2026, 11, 1))).Subjects.Sum(s => s.Weight).Should().Be(700_000_000);
    }

    [Fact]
    public async Task Definitions_and_drill_down_names_speak_of_projects_and_grants()
    {
        using var scope = Host.Host.App.Services.CreateScope();
        var source = Source(scope);
        source.Indicators.Select(i => (i.Code, i.Kind, i.Period)).Should().Equal(
            ("S1", IndicatorKind.Count, IndicatorPeriodKind.AtDate),
            ("S2", IndicatorKind.Share, IndicatorPeriodKind.AtDate),
            ("S3", IndicatorKind.Amount, IndicatorPeriodKind.YearToDate),
            ("S4", IndicatorKind.Amount, IndicatorPeriodKind.YearToDate));
        source.Indicators.Should().OnlyContain(i => !i.SubjectsArePeople);

        var names = await source.DescribeAsync([data.Applied, data.Grant, Guid.NewGuid()], CancellationToken.None);
        names.Should().HaveCount(2);
        names[data.Applied].Name.Should().EndWith("— " + ProjectSteps.Title);
        names[data.Applied].UnitName.Should().Be("Viện Nghiên cứu Nông nghiệp");
        names[data.Grant].Name.Should().Be("Nhà máy chế biến chè Shan tuyết");
    }

    private static IReadOnlyList<string?> StatusOf(IndicatorPopulation population, Guid project) =>
        population.Subjects.Single(s => s.Id == project).Dimensions;

    private async Task<IndicatorPopulation> LoadAsync(string code, DateOnly asOf)
    {
        using var scope = Host.Host.App.Services.CreateScope();
        return await Source(scope).LoadAsync(code, new IndicatorPeriod(asOf), CancellationToken.None);
    }

    private static IIndicatorSource Source(IServiceScope scope) =>
        scope.ServiceProvider.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Code == "S1"));
}
