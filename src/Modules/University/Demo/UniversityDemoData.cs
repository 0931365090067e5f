using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Cooperation;
using TriThuc.Modules.University.Courses;
using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Enrolments;
using TriThuc.Modules.University.Lecturers;
using TriThuc.Modules.University.Research;

namespace TriThuc.Modules.University.Demo;

/// <summary>
/// At start-up, gives an empty University module demo records over the Registry's demo province, so that a frontend has
/// something to show on first run: four courses (two ended with passes reported to the Registry, one running, one to
/// come) with their learners, the lecturers of the branch with two academic years of workload, their research outputs,
/// and three agreements with their activities (one expired). Everything goes through the module's services, so the demo
/// obeys the same rules as a clerk. Does nothing when switched off (TriThuc:Modules:University:DemoData:Enabled), when the
/// module has courses already, or when the Registry has no university (branch).
/// </summary>
public sealed class UniversityDemoData(bool enabled, IServiceScopeFactory scopes, IClock clock, ILogger<UniversityDemoData> logger) : ModuleDemoData("University", enabled, scopes, logger)
{
    private const int Lecturers = 12, Learners = 30;

    protected override Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<UniversityDbContext>().Courses.AnyAsync(cancellationToken);

    protected override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var all = await services.GetRequiredService<IUnitDirectory>().GetAllAsync(cancellationToken);
        var branch = all.Where(u => u.IsOpenOn(today) && u.Kind is UnitKind.UniversityBranch or UnitKind.University)
            .OrderBy(u => u.Code == "PHDHTN" ? 0 : 1).ThenBy(u => u.Code).FirstOrDefault();
        if (branch is null)
        {
            Logger.LogInformation("No University demo data: the Registry has no university or university branch");
            return;
        }

        var directory = services.GetRequiredService<IPersonDirectory>();
        var lecturers = (await directory.FindAsync(new PeopleQuery(today, [branch.Id]), cancellationToken))
            .Where(p => p.MergedIntoId is null).OrderBy(p => p.Id).Take(Lecturers).ToList();
        var learners = (await directory.FindAsync(new PeopleQuery(today), cancellationToken))
            .Where(p => p.MergedIntoId is null && lecturers.All(l => l.Id != p.Id)).OrderBy(p => p.Id).Take(Learners).ToList();
        var enrolments = await SeedCoursesAsync(services, learners, cancellationToken);
        var outputs = await SeedLecturersAsync(services, lecturers, cancellationToken);
        await SeedCooperationAsync(services.GetRequiredService<CooperationService>(), branch.Id, lecturers, cancellationToken);
        Logger.LogInformation(
            "Seeded University demo data: {Enrolments} enrolments, {Lecturers} lecturers, {Outputs} research outputs (switch off with TriThuc:Modules:University:DemoData:Enabled=false)",
            enrolments, lecturers.Count, outputs);
    }

    /// <summary>Four courses; in the two that ended most learners passed (reported to the Registry as trainings), one failed, one withdrew.</summary>
    private async Task<int> SeedCoursesAsync(IServiceProvider services, List<PersonSummary> learners, CancellationToken cancellationToken)
    {
        var courses = services.GetRequiredService<CourseService>();
        var enrolling = services.GetRequiredService<EnrolmentService>();
        var today = clock.Today;
        (string Title, TrainingKind Kind, int Hours, DateOnly Start, DateOnly End)[] offered =
        [
            ("Kỹ năng làm việc trong môi trường quốc tế", TrainingKind.InternationalEnvironment, 40, today.AddDays(-60), today.AddDays(-50)),
            ("Tiếng Anh giao tiếp cho cán bộ, công chức (B1)", TrainingKind.ForeignLanguage, 120, today.AddDays(-150), today.AddDays(-30)),
            ("Cập nhật kiến thức về chuyển đổi số", TrainingKind.KnowledgeUpdate, 24, today.AddDays(-10), today.AddDays(10)),
            ("Bồi dưỡng quản lý nhà nước ngạch chuyên viên chính", TrainingKind.Management, 80, today.AddDays(30), today.AddDays(70)),
        ];
        var count = 0;
        for (var c = 0; c < offered.Length; c++)
        {
            var (title, kind, hours, start, end) = offered[c];
            var course = await courses.OfferAsync(new CourseInput { Title = title, Kind = kind, Hours = hours, StartDate = start, EndDate = end }, cancellationToken);
            var group = learners.Skip(c * 8).Take(c < 2 ? 10 : 6).ToList();
            for (var i = 0; i < group.Count; i++)
            {
                var enrolment = await enrolling.EnrolAsync(new EnrolmentInput
                {
                    CourseId = course.Id, PersonId = group[i].Id, EnrolledOn = start > today ? today : start.AddDays(-5),
                }, cancellationToken);
                count++;
                if (!course.HasEndedBy(today))
                {
                    continue;
                }

                var (attended, result) = i switch
                {
                    8 => (hours / 2, EnrolmentResult.Failed),
                    9 => (hours / 4, EnrolmentResult.Withdrawn),
                    _ => (hours - (i % 3), EnrolmentResult.Passed),
                };
                await enrolling.RecordResultAsync(new EnrolmentResultInput
                {
                    EnrolmentId = enrolment.Id, AttendedHours = attended, Result = result,
                    Certificate = result == EnrolmentResult.Passed ? $"PHDHTN-{c + 1:D2}-{i + 1:D3}" : null,
                }, cancellationToken);
            }
        }

        return count;
    }

    /// <summary>Two academic years of each lecturer (the last one probationary; two in three short of a norm), and outputs for two in three of them.</summary>
    private async Task<int> SeedLecturersAsync(IServiceProvider services, List<PersonSummary> lecturers, CancellationToken cancellationToken)
    {
        var workloads = services.GetRequiredService<LecturerWorkloadService>();
        var research = services.GetRequiredService<ResearchOutputService>();
        var today = clock.Today;
        var current = today.Month >= 8 ? today.Year : today.Year - 1;
        var outputs = 0;
        for (var i = 0; i < lecturers.Count; i++)
        {
            // Every third lecturer meets every obligation of the current year (norm, a third on research, a qualifying output of its year).
            var meets = i % 3 == 0;
            foreach (var year in new[] { current - 1, current })
            {
                await workloads.RecordAsync(new LecturerWorkloadInput
                {
                    PersonId = lecturers[i].Id, AcademicYear = year, TeachingNorm = 270, TeachingHours = meets ? 290.5m : 250 + i,
                    ResearchHours = meets ? 620 : 450 + (i * 10), IsProbationary = i == lecturers.Count - 1 && lecturers.Count > 1,
                }, cancellationToken);
            }

            if (i % 3 == 2)
            {
                continue;
            }

            var (title, keywords, field) = Topics[i % Topics.Length];
            var kind = i % 3 == 1 ? ResearchOutputKind.Book : Kinds[i / 3 % Kinds.Length];
            var external = i % 2 == 0;
            await research.RecordAsync(new ResearchOutputInput
            {
                Title = title, Kind = kind, Year = meets ? current : current - 1, FieldCode = field, Keywords = keywords,
                Venue = kind is ResearchOutputKind.JournalArticle or ResearchOutputKind.IndexedArticle ? "Tạp chí Khoa học và Công nghệ Đại học Thái Nguyên" : null,
                Issn = kind is ResearchOutputKind.JournalArticle or ResearchOutputKind.IndexedArticle ? "0317-8471" : null,
                Doi = kind is ResearchOutputKind.JournalArticle or ResearchOutputKind.IndexedArticle ? $"10.5555/phdhtn.demo.{i + 1}" : null,
                Authors = external
                    ? [new ResearchAuthorInput { PersonId = lecturers[i].Id, IsCorresponding = true }, new ResearchAuthorInput { ExternalName = "John Smith", Orcid = "0000-0002-1825-0097" }]
                    : [new ResearchAuthorInput { PersonId = lecturers[i].Id, IsCorresponding = true }],
            }, cancellationToken);
            outputs++;
        }

        return outputs;
    }

    /// <summary>A foreign and a domestic agreement in force with recent activities (counted in U3), and an expired one.</summary>
    private async Task SeedCooperationAsync(CooperationService cooperation, Guid branch, List<PersonSummary> lecturers, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var korea = await cooperation.RecordAgreementAsync(new CooperationAgreementInput
        {
            Partner = "Đại học Quốc gia Chungnam", Origin = AgreementOrigin.Foreign, Country = "Hàn Quốc", Type = AgreementType.MemorandumOfUnderstanding,
            Scope = "Trao đổi giảng viên, nghiên cứu chung về nông nghiệp công nghệ cao", SignedOn = today.AddDays(-400), ValidTo = today.AddDays(1400),
            ResponsibleUnitId = branch,
        }, cancellationToken);
        await cooperation.RecordActivityAsync(new CooperationActivityInput
        {
            AgreementId = korea.Id, Kind = ActivityKind.OutgoingLecturer, Title = "Giảng viên sang giảng dạy và nghiên cứu tại Daejeon",
            StartDate = today.AddDays(-100), EndDate = today.AddDays(-70), ParticipantIds = lecturers.Take(2).Select(l => l.Id).ToList(),
        }, cancellationToken);
        await cooperation.RecordActivityAsync(new CooperationActivityInput
        {
            AgreementId = korea.Id, Kind = ActivityKind.VisitingExpert, Title = "Chuyên gia Hàn Quốc giảng chuyên đề về nhà kính thông minh",
            StartDate = today.AddDays(-30), EndDate = today.AddDays(-26),
        }, cancellationToken);

        var domestic = await cooperation.RecordAgreementAsync(new CooperationAgreementInput
        {
            Partner = "Học viện Nông nghiệp Việt Nam", Origin = AgreementOrigin.Domestic, Type = AgreementType.FrameworkAgreement,
            Scope = "Chuyển giao giống cây trồng, đào tạo liên kết", SignedOn = today.AddDays(-700), ResponsibleUnitId = branch,
        }, cancellationToken);
        await cooperation.RecordActivityAsync(new CooperationActivityInput
        {
            AgreementId = domestic.Id, Kind = ActivityKind.JointProject, Title = "Dự án chung: giống chè Shan tuyết chất lượng cao",
            StartDate = today.AddDays(-200), EndDate = today.AddDays(-10), ParticipantIds = lecturers.Skip(2).Take(1).Select(l => l.Id).ToList(),
        }, cancellationToken);

        var expired = await cooperation.RecordAgreementAsync(new CooperationAgreementInput
        {
            Partner = "Đại học Khon Kaen", Origin = AgreementOrigin.Foreign, Country = "Thái Lan", Type = AgreementType.ExchangeAgreement,
            Scope = "Trao đổi sinh viên", SignedOn = today.AddDays(-1500), ValidTo = today.AddDays(-100), ResponsibleUnitId = branch,
        }, cancellationToken);
        await cooperation.RecordActivityAsync(new CooperationActivityInput
        {
            AgreementId = expired.Id, Kind = ActivityKind.Exchange, Title = "Trao đổi sinh viên học kỳ mùa thu", StartDate = today.AddDays(-900), EndDate = today.AddDays(-800),
        }, cancellationToken);
    }

    private static readonly ResearchOutputKind[] Kinds =
        [ResearchOutputKind.JournalArticle, ResearchOutputKind.InstitutionProject, ResearchOutputKind.IndexedArticle, ResearchOutputKind.ConferencePaper];

    private static readonly (string Title, string[] Keywords, string Field)[] Topics =
    [
        ("Đa dạng sinh học thực vật vùng núi đá vôi Hà Giang", ["Đa dạng sinh học", "Núi đá vôi"], "natural-sciences"),
        ("Mô hình trồng chè Shan tuyết bền vững", ["Chè Shan tuyết", "Nông nghiệp bền vững"], "agriculture"),
        ("Phát triển du lịch cộng đồng vùng cao nguyên đá", ["Du lịch cộng đồng", "Cao nguyên đá Đồng Văn"], "economics"),
        ("Chuyển đổi số trong quản lý hành chính cấp xã", ["Chuyển đổi số", "Hành chính công"], "digital-transformation"),
        ("Y tế dự phòng cho đồng bào dân tộc thiểu số", ["Y tế dự phòng", "Dân tộc thiểu số"], "health"),
    ];
}
