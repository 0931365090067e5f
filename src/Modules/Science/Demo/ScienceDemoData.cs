using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Demo;

/// <summary>
/// At start-up, gives an empty Science module a demo portfolio over the Registry's people, so that every screen has
/// data on first run: a project in every status (with the councils that decided it), the innovation fund's capital,
/// a closed and an open call with applications declined, awarded and paid, and initiatives and patents. Everything
/// goes through the module's services, so the demo obeys the same rules as a clerk. Does nothing when switched off
/// (TriThuc:Modules:Science:DemoData:Enabled), when the module has projects, or when the Registry has too few people.
/// </summary>
public sealed class ScienceDemoData(bool enabled, IServiceScopeFactory scopes, IClock clock, ILogger<ScienceDemoData> logger) : ModuleDemoData("Science", enabled, scopes, logger)
{
    /// <summary>People enough for nine projects of three and their councils of five, without a member judging their own project.</summary>
    private const int PeopleNeeded = 80;

    private static readonly ProjectStatus[] Portfolio =
    [
        ProjectStatus.Proposed, ProjectStatus.UnderAppraisal, ProjectStatus.Approved, ProjectStatus.InProgress,
        ProjectStatus.UnderAcceptance, ProjectStatus.Accepted, ProjectStatus.AppliedInPractice, ProjectStatus.Rejected, ProjectStatus.Failed,
    ];

    private static readonly string[] Titles =
    [
        "Ứng dụng công nghệ sinh học trong nhân giống cây chè Shan tuyết",
        "Xây dựng cơ sở dữ liệu số về di sản văn hóa dân tộc Tày, Dao",
        "Nghiên cứu mô hình trồng cam sành theo tiêu chuẩn VietGAP",
        "Giải pháp chuyển đổi số trong khám chữa bệnh tuyến xã",
        "Đánh giá nguồn nước ngầm vùng núi đá vôi phía Bắc tỉnh",
        "Phát triển sản phẩm OCOP từ dược liệu bản địa",
        "Nâng cao chất lượng dạy học tiếng Anh ở trường dân tộc nội trú",
        "Ứng dụng IoT giám sát cháy rừng thời gian thực",
        "Bảo tồn và phát triển giống lợn đen bản địa",
    ];

    private static readonly string[] Fields =
        ["biotechnology", "education", "agriculture", "health", "agriculture", "biotechnology", "education", "digital-transformation", "agriculture"];

    protected override Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ScienceDbContext>().Projects.AnyAsync(cancellationToken);

    protected override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var people = (await services.GetRequiredService<IPersonDirectory>().FindAsync(new PeopleQuery(clock.Today), cancellationToken))
            .OrderBy(p => p.Id).Take(PeopleNeeded).ToList();
        if (people.Count < PeopleNeeded)
        {
            Logger.LogInformation("No Science demo data: the Registry has {People} people, {Needed} are needed", people.Count, PeopleNeeded);
            return;
        }

        await SeedProjectsAsync(services, people, cancellationToken);
        var grants = await SeedFundAsync(services, people, cancellationToken);
        await SeedInitiativesAsync(services.GetRequiredService<InitiativeService>(), people, cancellationToken);
        Logger.LogInformation("Seeded Science demo data: {Projects} projects, {Grants} grants (switch off with TriThuc:Modules:Science:DemoData:Enabled=false)",
            Portfolio.Length, grants);
    }

    private async Task SeedProjectsAsync(IServiceProvider services, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var projects = services.GetRequiredService<ProjectService>();
        var councils = services.GetRequiredService<CouncilService>();
        for (var i = 0; i < Portfolio.Length; i++)
        {
            var target = Portfolio[i];
            var team = people.Skip(i * 3).Take(3).ToList();
            var judges = people.Skip(40 + (i % 8) * 5).Take(5).Select(p => p.Id).ToList();
            var day = clock.Today.AddDays(-500 + (i * 20));
            DateOnly Next() => day = day.AddDays(40);

            var project = await projects.ProposeAsync(new ProjectInput
            {
                Code = $"KHCN-DEMO-{i + 1:D2}",
                Title = Titles[i],
                Level = i % 3 == 0 ? ProjectLevel.Provincial : ProjectLevel.Grassroots,
                FieldCode = Fields[i],
                LeadId = team[0].Id,
                MemberIds = [team[1].Id, team[2].Id],
                HostUnitId = team[0].UnitId,
                StateBudget = 300_000_000L + (i * 50_000_000L),
                OtherBudget = 50_000_000L,
                PlannedStart = day.AddDays(90),
                PlannedEnd = day.AddDays(90 + 540),
                ProposedOn = day,
            }, cancellationToken);
            if (target == ProjectStatus.Proposed)
            {
                continue;
            }

            await projects.SubmitForAppraisalAsync(project.Id, Next(), null, cancellationToken);
            if (target == ProjectStatus.UnderAppraisal)
            {
                continue;
            }

            await DecideAsync(councils, project.Id, CouncilKind.Appraisal, judges, passes: target != ProjectStatus.Rejected, Next(), cancellationToken);
            if (target == ProjectStatus.Rejected)
            {
                await projects.RejectAsync(project.Id, Next(), "Hội đồng tư vấn xác định không đạt.", cancellationToken);
                continue;
            }

            await projects.ApproveAsync(project.Id, Next(), null, cancellationToken);
            if (target == ProjectStatus.Approved)
            {
                continue;
            }

            await projects.StartAsync(project.Id, Next(), null, cancellationToken);
            if (target == ProjectStatus.InProgress)
            {
                continue;
            }

            await projects.SubmitForAcceptanceAsync(project.Id, Next(), null, cancellationToken);
            if (target == ProjectStatus.UnderAcceptance)
            {
                continue;
            }

            await DecideAsync(councils, project.Id, CouncilKind.Acceptance, judges, passes: target != ProjectStatus.Failed, Next(), cancellationToken);
            if (target == ProjectStatus.Failed)
            {
                await projects.FailAsync(project.Id, Next(), "Sản phẩm chưa đạt yêu cầu đặt hàng.", cancellationToken);
                continue;
            }

            await projects.AcceptAsync(project.Id, i % 2 == 0 ? AcceptanceGrade.Excellent : AcceptanceGrade.Good, Next(), null, cancellationToken);
            if (target == ProjectStatus.AppliedInPractice)
            {
                await projects.RecordApplicationAsync(project.Id, new ProjectApplicationInput
                {
                    Place = "Các xã vùng cao của tỉnh",
                    Scale = "12 hợp tác xã, 300 hộ dân",
                    Effect = "Tăng 18% thu nhập của hộ tham gia",
                    On = Next(),
                }, cancellationToken);
            }
        }
    }

    /// <summary>Forms a council of five (a chair, a secretary, two reviewers, a member) and scores it to pass or to fail.</summary>
    private static async Task DecideAsync(CouncilService councils, Guid projectId, CouncilKind kind, List<Guid> judges, bool passes, DateOnly on,
        CancellationToken cancellationToken)
    {
        var council = await councils.FormAsync(new CouncilInput
        {
            ProjectId = projectId,
            Kind = kind,
            Name = kind == CouncilKind.Appraisal ? "Hội đồng tư vấn xét duyệt" : "Hội đồng đánh giá nghiệm thu",
            FormedOn = on,
        }, cancellationToken);
        CouncilRole[] roles = [CouncilRole.Chair, CouncilRole.Secretary, CouncilRole.Reviewer, CouncilRole.Reviewer, CouncilRole.Member];
        for (var seat = 0; seat < roles.Length; seat++)
        {
            council = await councils.SeatAsync(council.Id, new CouncilMemberInput { IntellectualId = judges[seat], Role = roles[seat] }, cancellationToken);
        }

        var score = passes ? 82 : 45;
        foreach (var member in council.Members.ToList())
        {
            await councils.ScoreAsync(council.Id, member.Id, score, cancellationToken);
        }
    }

    /// <summary>The fund's capital, a closed call whose applications were declined or awarded and paid, and an open call. Returns the grants made.</summary>
    private async Task<int> SeedFundAsync(IServiceProvider services, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var fund = services.GetRequiredService<FundService>();
        var today = clock.Today;
        await fund.ContributeAsync(new ContributionInput { Source = FundSource.StateBudget, Contributor = "Ngân sách tỉnh", Amount = 20_000_000_000L, ReceivedOn = today.AddDays(-500) }, cancellationToken);
        await fund.ContributeAsync(new ContributionInput { Source = FundSource.Enterprise, Contributor = "Công ty Cổ phần Chè Tân Trào", Amount = 1_500_000_000L, ReceivedOn = today.AddDays(-450) }, cancellationToken);
        await fund.ContributeAsync(new ContributionInput { Source = FundSource.Donation, Contributor = "Hội Doanh nhân trẻ tỉnh", Amount = 300_000_000L, ReceivedOn = today.AddDays(-200) }, cancellationToken);

        var closed = await fund.OpenCallAsync(new FundCallInput
        {
            Code = "QDMST-DEMO-1", Title = "Đợt hỗ trợ khởi nghiệp đổi mới sáng tạo", OpensOn = today.AddDays(-400), ClosesOn = today.AddDays(-300), Budget = 3_000_000_000L,
        }, cancellationToken);
        var open = await fund.OpenCallAsync(new FundCallInput
        {
            Code = "QDMST-DEMO-2", Title = "Đợt hỗ trợ chuyển đổi số doanh nghiệp nhỏ", OpensOn = today.AddDays(-30), ClosesOn = today.AddDays(60), Budget = 2_000_000_000L,
        }, cancellationToken);

        var applications = new List<FundApplication>();
        for (var i = 0; i < 4; i++)
        {
            applications.Add(await fund.SubmitApplicationAsync(new FundApplicationInput
            {
                CallId = closed.Id,
                Title = Titles[i],
                ApplicantName = people[60 + i].FullName,
                ApplicantIntellectualId = people[60 + i].Id,
                RequestedAmount = 400_000_000L + (i * 100_000_000L),
                SubmittedOn = today.AddDays(-380 + (i * 10)),
            }, cancellationToken));
        }

        await fund.SubmitApplicationAsync(new FundApplicationInput
        {
            CallId = open.Id, Title = Titles[7], ApplicantName = people[70].UnitName, ApplicantUnitId = people[70].UnitId,
            RequestedAmount = 600_000_000L, SubmittedOn = today.AddDays(-10),
        }, cancellationToken);

        await fund.DeclineAsync(applications[3].Id, cancellationToken);
        var grants = new List<Grant>();
        for (var i = 0; i < 3; i++)
        {
            grants.Add(await fund.AwardAsync(applications[i].Id, applications[i].RequestedAmount - 50_000_000L, today.AddDays(-290), cancellationToken));
        }

        await fund.DisburseAsync(grants[0].Id, grants[0].Amount, today.AddDays(-250), cancellationToken);
        await fund.DisburseAsync(grants[1].Id, grants[1].Amount / 2, today.AddDays(-200), cancellationToken);
        return grants.Count;
    }

    private async Task SeedInitiativesAsync(InitiativeService initiatives, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        (InitiativeKind Kind, string Title, string? Number, RecognitionLevel Level)[] records =
        [
            (InitiativeKind.Initiative, "Quy trình tiếp nhận hồ sơ một cửa trên điện thoại", null, RecognitionLevel.Provincial),
            (InitiativeKind.Initiative, "Sổ tay số theo dõi sức khỏe bà mẹ, trẻ em vùng cao", null, RecognitionLevel.Grassroots),
            (InitiativeKind.Patent, "Thiết bị sấy chè bằng năng lượng mặt trời", "1-0034567", RecognitionLevel.National),
            (InitiativeKind.Initiative, "Phương pháp dạy song ngữ Việt – Tày ở lớp 1", null, RecognitionLevel.Provincial),
            (InitiativeKind.Patent, "Chế phẩm vi sinh xử lý phụ phẩm chăn nuôi", "1-0041230", RecognitionLevel.National),
            (InitiativeKind.Initiative, "Bản đồ số điểm sạt lở cấp xã", null, RecognitionLevel.Grassroots),
        ];
        for (var i = 0; i < records.Length; i++)
        {
            var (kind, title, number, level) = records[i];
            await initiatives.RecordAsync(new InitiativeInput
            {
                Kind = kind, Title = title, Number = number, Level = level, Year = clock.Today.Year - (i % 3),
                HolderIds = [people[72 + i].Id, .. i % 2 == 0 ? new[] { people[i].Id } : []],
            }, cancellationToken);
        }
    }
}
