using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Cases;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Experts;
using TriThuc.Modules.Talent.Honours;
using TriThuc.Modules.Talent.Parameters;
using TriThuc.Modules.Talent.Plans;
using TriThuc.Modules.Talent.Policies;
using TriThuc.Modules.Talent.Remote;
using TriThuc.SharedKernel.Councils;

namespace TriThuc.Modules.Talent.Demo;

/// <summary>
/// At start-up, gives an empty Talent module demo records over the Registry's demo province: the base salary and Decree
/// 76/2019's rates as dated values, a workforce plan for 2026–2030, two attraction policies (one amended in 2025), a case
/// in every state, posts at remote communes running across 31 December 2025 (when the 2021–2025 area lists give way to
/// the 2026–2030 ones) and two experts from abroad. Everything goes through the module's services, so the demo obeys the
/// same rules as a clerk. Does nothing when switched off (TriThuc:Modules:Talent:DemoData:Enabled), when the module has
/// policies already, or when the Registry has no provincial hospital with health people.
/// </summary>
public sealed class TalentDemoData(bool enabled, IServiceScopeFactory scopes, IClock clock, ILogger<TalentDemoData> logger) : ModuleDemoData("Talent", enabled, scopes, logger)
{
    private const string Sample = " (dữ liệu mẫu)";

    protected override Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TalentDbContext>().Policies.AnyAsync(cancellationToken);

    protected override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var units = await services.GetRequiredService<IUnitDirectory>().GetAllAsync(cancellationToken);
        var hospital = units.FirstOrDefault(u => u.Code == "BVDKT" && u.IsOpenOn(clock.Today));
        var province = units.FirstOrDefault(u => u.Kind == UnitKind.Province && u.IsOpenOn(clock.Today));
        if (hospital is null || province is null)
        {
            Logger.LogInformation("No Talent demo data: the Registry has no provincial hospital");
            return;
        }

        var people = (await services.GetRequiredService<IPersonDirectory>().FindAsync(new PeopleQuery(clock.Today, null, "health"), cancellationToken))
            .OrderBy(p => p.Id).Take(8).ToList();
        if (people.Count < 8)
        {
            Logger.LogInformation("No Talent demo data: the Registry has fewer than eight health people");
            return;
        }

        await SeedParametersAsync(services.GetRequiredService<LegalParameterService>(), cancellationToken);
        var (amended, exclusive) = await SeedPoliciesAsync(services.GetRequiredService<PolicyService>(), cancellationToken);
        await SeedCasesAsync(services.GetRequiredService<CaseService>(), amended.Id, exclusive.Id, hospital.Id, people, cancellationToken);
        var remote = units.Where(u => u.Kind == UnitKind.Commune && u.IsOpenOn(new DateOnly(2025, 9, 1))).OrderBy(u => u.Code).Take(3).ToList();
        await SeedPostingsAsync(services.GetRequiredService<RemoteSupportService>(), remote, people, cancellationToken);
        await SeedPlanAsync(services.GetRequiredService<PlanService>(), province.Id, hospital.Id, cancellationToken);
        await SeedExpertsAsync(services.GetRequiredService<ExpertService>(), units, hospital.Id, cancellationToken);
        var honoured = await SeedHonoursAsync(services, cancellationToken);
        Logger.LogInformation("Seeded Talent demo data: 2 policies, 8 cases, {Postings} remote posts, a plan, 2 experts and {Honoured} people honoured last year (switch off with TriThuc:Modules:Talent:DemoData:Enabled=false)",
            remote.Count, honoured);
    }

    private static async Task SeedParametersAsync(LegalParameterService parameters, CancellationToken cancellationToken)
    {
        (LegalParameterKind Kind, decimal Value, DateOnly From, string Instrument)[] values =
        [
            (LegalParameterKind.BaseSalary, 1_390_000m, new DateOnly(2018, 7, 1), "Nghị định 72/2018/NĐ-CP"),
            (LegalParameterKind.BaseSalary, 1_490_000m, new DateOnly(2019, 7, 1), "Nghị định 38/2019/NĐ-CP"),
            (LegalParameterKind.BaseSalary, 1_800_000m, new DateOnly(2023, 7, 1), "Nghị định 24/2023/NĐ-CP"),
            (LegalParameterKind.BaseSalary, 2_340_000m, new DateOnly(2024, 7, 1), "Nghị định 73/2024/NĐ-CP"),
            (LegalParameterKind.RemoteAttractionRate, 0.7m, new DateOnly(2019, 10, 15), "Nghị định 76/2019/NĐ-CP"),
            (LegalParameterKind.RemoteFirstPostingMonths, 10m, new DateOnly(2019, 10, 15), "Nghị định 76/2019/NĐ-CP"),
        ];
        foreach (var (kind, value, from, instrument) in values)
        {
            await parameters.SetAsync(new LegalParameterInput { Kind = kind, Value = value, EffectiveFrom = from, Instrument = instrument }, cancellationToken);
        }
    }

    /// <summary>A provincial resolution of 2019 amended from 2025 (a younger age limit, a longer commitment), and a policy for doctors that excludes it.</summary>
    private static async Task<(AttractionPolicy Amended, AttractionPolicy Exclusive)> SeedPoliciesAsync(PolicyService policies, CancellationToken cancellationToken)
    {
        static PolicyVersionInput Version(DateOnly from, string number, DateOnly signedOn, DegreeLevel degree, int maximumAge, int years, decimal months) => new()
        {
            EffectiveFrom = from, InstrumentKind = LegalInstrumentKind.PeoplesCouncilResolution, InstrumentNumber = number, InstrumentSignedOn = signedOn,
            Issuer = "Hội đồng nhân dân tỉnh" + Sample, MinimumDegree = degree, FieldCodes = ["health", "education"], MaximumAge = maximumAge,
            OneOffBaseSalaryMonths = months, MonthlyShare = 0.5m, MonthlyBase = MonthlyAllowanceBase.BaseSalary, Housing = true, CommitmentYears = years,
            RefundRule = RefundRule.ProRataTimeLeft,
        };

        var amended = await policies.CreateAsync(new AttractionPolicyInput
        {
            Code = "NQ-THUHUT", Title = "Thu hút người có trình độ sau đại học về công tác tại tỉnh" + Sample, ExclusionGroup = "THU-HUT",
            Version = Version(new DateOnly(2019, 1, 1), "12/2018/NQ-HĐND", new DateOnly(2018, 12, 12), DegreeLevel.Master, 40, 3, 20m),
        }, cancellationToken);
        amended = await policies.AmendAsync(amended.Id,
            Version(new DateOnly(2025, 1, 1), "15/2024/NQ-HĐND", new DateOnly(2024, 12, 10), DegreeLevel.Master, 35, 5, 30m), cancellationToken);
        var exclusive = await policies.CreateAsync(new AttractionPolicyInput
        {
            Code = "NQ-BACSI", Title = "Hỗ trợ bác sĩ có trình độ tiến sĩ, chuyên khoa II" + Sample, ExclusionGroup = "THU-HUT",
            Version = Version(new DateOnly(2022, 1, 1), "08/2021/NQ-HĐND", new DateOnly(2021, 12, 9), DegreeLevel.Doctor, 45, 5, 40m),
        }, cancellationToken);
        return (amended, exclusive);
    }

    /// <summary>One case in each state; the finished ones under the 2019 text, the recent ones under the 2025 amendment.</summary>
    private async Task SeedCasesAsync(CaseService cases, Guid policy, Guid doctors, Guid hospital, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var number = 0;
        DecisionInput On(int year, int month, int day) => new() { Number = $"{++number}/QĐ-SNV", DecidedOn = new DateOnly(year, month, day) };
        async Task<AttractionCase> Apply(Guid policyId, string name, DateOnly birth, DegreeLevel degree, DateOnly appliedOn) =>
            await cases.ApplyAsync(new ApplicantInput
            {
                PolicyId = policyId, ApplicantName = name, BirthDate = birth, Degree = degree, FieldCode = "health", TargetUnitId = hospital, AppliedOn = appliedOn,
            }, cancellationToken);
        async Task<AttractionCase> Committed(Guid policyId, string name, DegreeLevel degree, DateOnly appliedOn, DateOnly startsOn, PersonSummary person)
        {
            var c = await Apply(policyId, name, appliedOn.AddYears(-30), degree, appliedOn);
            await cases.AssessAsync(c.Id, On(appliedOn.Year, appliedOn.Month, 15), cancellationToken);
            await cases.ApproveAsync(c.Id, On(appliedOn.Year, appliedOn.Month, 25), cancellationToken);
            await cases.RecruitAsync(c.Id, person.Id, hospital, On(startsOn.Year, startsOn.Month, startsOn.Day), cancellationToken);
            return await cases.StartCommitmentAsync(c.Id, On(startsOn.Year, startsOn.Month, startsOn.Day), cancellationToken);
        }

        var completed = await Committed(policy, people[0].FullName, DegreeLevel.Master, new DateOnly(2019, 3, 1), new DateOnly(2019, 5, 2), people[0]);
        await cases.CompleteAsync(completed.Id, On(2022, 5, 3), cancellationToken);
        var broken = await Committed(policy, people[1].FullName, DegreeLevel.Master, new DateOnly(2021, 3, 1), new DateOnly(2021, 6, 1), people[1]);
        await cases.BreakAsync(broken.Id, On(2023, 3, 1), new DateOnly(2023, 2, 15), "Chuyển công tác ra ngoài tỉnh theo nguyện vọng gia đình" + Sample, cancellationToken);
        await Committed(policy, people[2].FullName, DegreeLevel.Master, new DateOnly(2024, 2, 1), new DateOnly(2024, 5, 2), people[2]);
        await Committed(doctors, people[3].FullName, DegreeLevel.Doctor, new DateOnly(2023, 2, 1), new DateOnly(2023, 4, 3), people[3]);

        var recruited = await Apply(policy, people[4].FullName, new DateOnly(1994, 8, 20), DegreeLevel.Master, new DateOnly(2025, 6, 2));
        await cases.AssessAsync(recruited.Id, On(2025, 6, 16), cancellationToken);
        await cases.ApproveAsync(recruited.Id, On(2025, 7, 1), cancellationToken);
        await cases.RecruitAsync(recruited.Id, people[4].Id, hospital, On(2025, 9, 3), cancellationToken);
        var approved = await Apply(policy, "Lò Thị Hoa", new DateOnly(1996, 2, 14), DegreeLevel.Master, new DateOnly(2025, 10, 1));
        await cases.AssessAsync(approved.Id, On(2025, 10, 15), cancellationToken);
        await cases.ApproveAsync(approved.Id, On(2025, 11, 3), cancellationToken);
        var eligible = await Apply(policy, "Hoàng Văn Páo", new DateOnly(1995, 5, 1), DegreeLevel.Doctor, new DateOnly(2026, 3, 2));
        await cases.AssessAsync(eligible.Id, On(2026, 3, 16), cancellationToken);
        var ineligible = await Apply(policy, "Vàng Seo Chính", new DateOnly(1985, 1, 10), DegreeLevel.University, new DateOnly(2026, 3, 2));
        await cases.AssessAsync(ineligible.Id, On(2026, 3, 16), cancellationToken);
        await Apply(policy, "Sầm Thị Lan", new DateOnly(1998, 9, 9), DegreeLevel.Master, clock.Today.AddDays(-7));
    }

    /// <summary>Posts at remote communes from September 2025, across the change of area lists on 1 January 2026; one ends in March 2026.</summary>
    private static async Task SeedPostingsAsync(RemoteSupportService remote, List<UnitSummary> communes, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        for (var i = 0; i < communes.Count; i++)
        {
            await remote.RecordPostingAsync(new RemotePostingInput
            {
                PersonId = people[5 + i].Id, UnitId = communes[i].Id, Decision = $"{40 + i}/QĐ-UBND", StartsOn = new DateOnly(2025, 9, 1),
                EndsOn = i == 2 ? new DateOnly(2026, 3, 31) : null,
            }, cancellationToken);
        }
    }

    private static async Task SeedPlanAsync(PlanService plans, Guid province, Guid hospital, CancellationToken cancellationToken)
    {
        var plan = await plans.CreateAsync(new WorkforcePlanInput
        {
            Code = "KH-2026-2030", Title = "Kế hoạch phát triển đội ngũ trí thức giai đoạn 2026–2030" + Sample, FromYear = 2026, ToYear = 2030, Decision = "215/QĐ-UBND",
        }, cancellationToken);
        await plans.SetTargetsAsync(plan.Id,
        [
            new PlanTargetInput { Year = 2026, UnitId = province, Measure = PlanMeasure.Doctor, Value = 40 },
            new PlanTargetInput { Year = 2026, UnitId = province, Measure = PlanMeasure.WomenShare, Value = 0.5m },
            new PlanTargetInput { Year = 2026, UnitId = province, FieldCode = "health", Measure = PlanMeasure.Recruited, Value = 10 },
            new PlanTargetInput { Year = 2026, UnitId = hospital, FieldCode = "health", Measure = PlanMeasure.Master, Value = 30 },
            new PlanTargetInput { Year = 2030, UnitId = province, Measure = PlanMeasure.Doctor, Value = 80 },
        ], cancellationToken);
    }

    private static async Task SeedExpertsAsync(ExpertService experts, IReadOnlyList<UnitSummary> units, Guid hospital, CancellationToken cancellationToken)
    {
        var branch = units.FirstOrDefault(u => u.Code == "PHDHTN")?.Id ?? hospital;
        var overseas = await experts.CreateAsync(new ExpertInput
        {
            FullName = "Nguyễn Minh Hải", Origin = ExpertOrigin.OverseasVietnamese, Country = "Nhật Bản", FieldCode = "agriculture",
            Organisation = "Đại học Tokyo" + Sample,
        }, cancellationToken);
        await experts.EngageAsync(overseas.Id, new EngagementInput
        {
            HostUnitId = branch, Purpose = "Giảng dạy chuyên đề và hướng dẫn nghiên cứu giống chè Shan tuyết" + Sample, StartsOn = new DateOnly(2025, 3, 1),
            EndsOn = new DateOnly(2025, 6, 30), ApprovalNumber = "112/QĐ-UBND", ApprovedOn = new DateOnly(2025, 2, 17),
        }, cancellationToken);
        var foreign = await experts.CreateAsync(new ExpertInput
        {
            FullName = "Anna Schmidt", Origin = ExpertOrigin.Foreign, Country = "Cộng hòa Liên bang Đức", FieldCode = "health",
            Organisation = "Bệnh viện Đại học Charité" + Sample,
        }, cancellationToken);
        await experts.EngageAsync(foreign.Id, new EngagementInput
        {
            HostUnitId = hospital, Purpose = "Chuyển giao kỹ thuật phẫu thuật nội soi" + Sample, StartsOn = new DateOnly(2026, 4, 1),
            EndsOn = new DateOnly(2026, 4, 30), ApprovalNumber = "356/QĐ-UBND", ApprovedOn = new DateOnly(2026, 3, 10),
        }, cancellationToken);
    }

    /// <summary>
    /// Last year's honours round, finished: criteria, a window, quotas, nominations filed inside the window, a council of
    /// six scored by Science's council rules, and the decision (some honoured, <c>HonourAwarded</c> published). Skipped,
    /// with a log line, when Science (the council rules) is not loaded or the province has too few people outside the
    /// nominating units. Returns how many were honoured.
    /// </summary>
    private async Task<int> SeedHonoursAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetServices<ICouncilRules>().Any())
        {
            Logger.LogInformation("No Talent demo honours round: the council rules come from Science, which is not loaded");
            return 0;
        }

        var everyone = (await services.GetRequiredService<IPersonDirectory>().FindAsync(new PeopleQuery(clock.Today), cancellationToken))
            .Where(p => p.MergedIntoId is null).OrderBy(p => p.Id).ToList();
        var units = everyone.GroupBy(p => p.UnitId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(2).ToList();
        var nominees = units.SelectMany(g => g.Take(2)).ToList();
        var jurors = everyone.Where(p => units.All(g => g.Key != p.UnitId)).Take(6).ToList();
        if (units.Count < 2 || nominees.Count < 4 || jurors.Count < 6)
        {
            Logger.LogInformation("No Talent demo honours round: the Registry has too few people outside two nominating units");
            return 0;
        }

        var honours = services.GetRequiredService<HonourService>();
        var year = clock.Today.Year - 1;
        var opensAt = new DateTimeOffset(year, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var round = await honours.CreateRoundAsync(new HonourRoundInput
        {
            Year = year, Title = $"Trí thức tiêu biểu tỉnh năm {year}" + Sample, MinimumYearsOfWork = 0,
            RequiredAchievements = "Có công trình, sáng kiến, đề tài được ứng dụng hiệu quả tại địa phương trong ba năm gần nhất." + Sample,
            OpensAt = opensAt, ClosesAt = opensAt.AddMonths(2), Quotas = units.Select(g => new HonourQuotaInput { UnitId = g.Key, Quota = 2 }).ToList(),
        }, cancellationToken);
        var nominations = new List<HonourNomination>();
        for (var i = 0; i < nominees.Count; i++)
        {
            nominations.Add(await honours.NominateAsync(new NominationInput
            {
                RoundId = round.Id, IntellectualId = nominees[i].Id, NominatingUnitId = nominees[i].UnitId,
                Achievements = [new AchievementInput { Title = $"Sáng kiến cải tiến quy trình chuyên môn số {i + 1}" + Sample, Year = year - 1, Kind = AchievementKind.Invention }],
                Evidence = [new EvidenceInput { FileName = $"bao-cao-thanh-tich-{i + 1}.pdf", Sha256 = new string((char)('a' + i), 64) }],
            }, opensAt.AddDays(7 + i), cancellationToken));
        }

        var council = await honours.AddSeatAsync(round.Id, new HonourSeatInput { IntellectualId = jurors[0].Id, Role = HonourCouncilRole.Chair }, cancellationToken);
        foreach (var juror in jurors.Skip(1))
        {
            council = await honours.AddSeatAsync(round.Id, new HonourSeatInput { IntellectualId = juror.Id, Role = HonourCouncilRole.Member }, cancellationToken);
        }

        int[][] scores = [[92, 88, 85, 90, 86, 89], [72, 65, 60, 58, 70, 66], [84, 80, 78, 88, 82, 79], [45, 60, 55, 48, 62, 50]];
        for (var i = 0; i < nominations.Count; i++)
        {
            var seats = council.Seats.OrderBy(s => s.Role).ThenBy(s => s.CreatedAt).ToList();
            for (var j = 0; j < seats.Count; j++)
            {
                await honours.ScoreAsync(nominations[i].Id, seats[j].Id, scores[i][j], cancellationToken);
            }
        }

        var decided = await honours.DecideAsync(round.Id, new HonourDecisionInput
        {
            Number = "1868/QĐ-UBND", DecidedOn = new DateOnly(year, 10, 10), AwardedBy = "Ủy ban nhân dân tỉnh" + Sample,
        }, cancellationToken);
        return await services.GetRequiredService<TalentDbContext>().HonourNominations
            .CountAsync(n => n.RoundId == decided.Id && n.Status == NominationStatus.Honoured, cancellationToken);
    }
}
