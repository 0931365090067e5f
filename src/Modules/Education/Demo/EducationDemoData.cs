using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.Gifted;
using TriThuc.Modules.Education.Indicators;
using TriThuc.Modules.Education.Schools;
using TriThuc.Modules.Education.TeachingAssignments;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Demo;

/// <summary>
/// At start-up, gives an empty Education module demo records over the Registry's demo province, so that a frontend has
/// something to show on first run: a profile for each school, their teachers' assignments (staff and contract, one core
/// teacher), last school year's assessments at every level, and a national contest of the province's team with prizes.
/// Everything goes through the module's services, so the demo obeys the same rules as a clerk. Does nothing when switched
/// off (TriThuc:Modules:Education:DemoData:Enabled), when the module has school profiles already, or when the Registry has
/// no open school.
/// </summary>
public sealed class EducationDemoData(bool enabled, IServiceScopeFactory scopes, IClock clock, ILogger<EducationDemoData> logger) : ModuleDemoData("Education", enabled, scopes, logger)
{
    private const int Schools = 5, TeachersPerSchool = 8;

    private static readonly string[] Subjects = ["Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Sinh học", "Lịch sử", "Tin học"];

    /// <summary>The principal's ratings, one letter a criterion (T Tốt, K Khá, D Đạt, N Chưa đạt): every overall level, and one that qualifies a core teacher.</summary>
    private static readonly string[] Ratings = ["TTKKKKKKKKKDDDD", "TTTTTTTTTTKKKKK", "KKKKKKKKKKKDDDD", "DDDDDDDDDDDDDDD", "KKKKKKKKKKKKKKK", "NDDDDDDDDDDDDDD"];

    private static readonly string[] PupilNames = ["Lý Minh Khôi", "Vàng Thị Mai Anh", "Nguyễn Gia Bảo", "Hoàng Thu Trang"];

    protected override Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<EducationDbContext>().Schools.AnyAsync(cancellationToken);

    protected override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var schools = (await services.GetRequiredService<IUnitDirectory>().GetAllAsync(cancellationToken))
            .Where(u => u.IsOpenOn(today) && SchoolRules.IsSchool(u.Kind)).OrderBy(u => u.Code).Take(Schools).ToList();
        if (schools.Count == 0)
        {
            Logger.LogInformation("No Education demo data: the Registry has no open school");
            return;
        }

        var directory = services.GetRequiredService<IPersonDirectory>();
        var teachers = new List<(PersonSummary Person, UnitSummary School)>();
        foreach (var school in schools)
        {
            await services.GetRequiredService<SchoolService>().RecordAsync(new SchoolInput { UnitId = school.Id, Level = LevelOf(school), IsPublic = true }, cancellationToken);
            teachers.AddRange((await directory.FindAsync(new PeopleQuery(today, [school.Id]), cancellationToken))
                .Where(p => p.MergedIntoId is null).OrderBy(p => p.Id).Take(TeachersPerSchool).Select(p => (p, school)));
        }

        var assessed = await SeedTeachersAsync(services, teachers, cancellationToken);
        var prizes = await SeedContestAsync(services, schools[0], [.. teachers.Select(t => t.Person.Id).Take(2)], cancellationToken);
        Logger.LogInformation(
            "Seeded Education demo data: {Schools} schools, {Teachers} teachers' assignments, {Assessed} assessments, {Prizes} prizes (switch off with TriThuc:Modules:Education:DemoData:Enabled=false)",
            schools.Count, teachers.Count, assessed, prizes);
    }

    /// <summary>The level a unit's kind gives; an unclassed school by its name (the demo province names its schools by level).</summary>
    private static SchoolLevel LevelOf(UnitSummary school) => school.Kind switch
    {
        UnitKind.PreSchool => SchoolLevel.PreSchool,
        UnitKind.PrimarySchool => SchoolLevel.Primary,
        UnitKind.LowerSecondarySchool => SchoolLevel.LowerSecondary,
        UnitKind.SpecialisedHighSchool => SchoolLevel.SpecialisedUpperSecondary,
        UnitKind.EthnicBoardingSchool => SchoolLevel.EthnicBoarding,
        UnitKind.EthnicSemiBoardingSchool => SchoolLevel.EthnicSemiBoarding,
        UnitKind.ContinuingEducationCentre => SchoolLevel.ContinuingEducation,
        _ when school.Name.Contains("Chuyên", StringComparison.OrdinalIgnoreCase) => SchoolLevel.SpecialisedUpperSecondary,
        _ when school.Name.Contains("PTDTNT", StringComparison.OrdinalIgnoreCase) => SchoolLevel.EthnicBoarding,
        _ when school.Name.Contains("PTDTBT", StringComparison.OrdinalIgnoreCase) => SchoolLevel.EthnicSemiBoarding,
        _ when school.Name.Contains("THCS", StringComparison.OrdinalIgnoreCase) => SchoolLevel.LowerSecondary,
        _ => SchoolLevel.UpperSecondary,
    };

    /// <summary>An assignment each (two to nine years back, one in four on contract), last school year's assessment, and the first eligible teacher made a core teacher.</summary>
    private async Task<int> SeedTeachersAsync(IServiceProvider services, List<(PersonSummary Person, UnitSummary School)> teachers, CancellationToken cancellationToken)
    {
        var assignments = services.GetRequiredService<TeachingAssignmentService>();
        var assessments = services.GetRequiredService<StandardAssessmentService>();
        var today = clock.Today;
        var year = EducationIndicatorDefinitions.SchoolYearOf(today) - 1;
        var assessed = 0;
        var coreTeacher = false;
        for (var i = 0; i < teachers.Count; i++)
        {
            var (person, school) = teachers[i];
            var startedOn = new DateOnly(today.Year - 2 - i % 8, 9, 5);
            var assignment = await assignments.RecordAsync(new TeachingAssignmentInput
            {
                PersonId = person.Id, UnitId = school.Id, Title = Subjects[i % Subjects.Length], StartedOn = startedOn < school.ValidFrom ? school.ValidFrom : startedOn,
                Employment = i % 4 == 3 ? Employment.Contract : Employment.PermanentStaff,
            }, cancellationToken);
            if (year < StandardAssessmentRules.FirstSchoolYear)
            {
                continue;
            }

            var ratings = Ratings[i % Ratings.Length].Select(l => l switch { 'T' => CriterionRating.Excellent, 'K' => CriterionRating.Good, 'D' => CriterionRating.Met, _ => CriterionRating.NotMet }).ToList();
            var input = new StandardAssessmentInput { PersonId = person.Id, UnitId = school.Id, SchoolYear = year, Ratings = ratings };
            await assessments.RateSelfAsync(input, cancellationToken);
            await assessments.RateFinallyAsync(input, cancellationToken);
            assessed++;
            if (!coreTeacher && i % Ratings.Length == 0 && today.Year - startedOn.Year >= CoreTeacherRule.YearsAtLevel + 1)
            {
                await assignments.SetTermsAsync(assignment.Id, new TeachingAssignmentTermsInput { Employment = Employment.PermanentStaff, IsCoreTeacher = true }, cancellationToken);
                coreTeacher = true;
            }
        }

        return assessed;
    }

    /// <summary>The latest national contest held (10 December), the province's mathematics team, four pupils of the first school and their prizes.</summary>
    private async Task<int> SeedContestAsync(IServiceProvider services, UnitSummary school, List<Guid> coaches, CancellationToken cancellationToken)
    {
        if (coaches.Count == 0)
        {
            return 0;
        }

        var gifted = services.GetRequiredService<GiftedService>();
        var today = clock.Today;
        var year = EducationIndicatorDefinitions.SchoolYearOf(today);
        if (new DateOnly(year, 12, 10) > today)
        {
            year--;
        }

        var contest = await gifted.RecordContestAsync(new ContestInput
        {
            Title = $"Kỳ thi chọn học sinh giỏi quốc gia THPT năm học {year}–{year + 1}", Level = ContestLevel.National, SchoolYear = year, HeldOn = new DateOnly(year, 12, 10),
        }, cancellationToken);
        var team = await gifted.RecordTeamAsync(new TeamInput { ContestId = contest.Id, Subject = "Toán", CoachIds = coaches }, cancellationToken);
        Prize?[] prizes = [Prize.Second, Prize.Third, Prize.Consolation, null];
        for (var i = 0; i < PupilNames.Length; i++)
        {
            var pupil = await gifted.RecordPupilAsync(new PupilInput
            {
                FullName = PupilNames[i], SchoolUnitId = school.Id, BirthYear = year - 16, Gender = i % 2 == 0 ? PupilGender.Male : PupilGender.Female,
                EthnicGroupCode = i == 1 ? "13" : "01", LegalBasis = LegalBasis.LegalDuty,
            }, cancellationToken);
            await gifted.RecordEntryAsync(new EntryInput { ContestId = contest.Id, PupilId = pupil.Id, TeamId = team.Id, Subject = "Toán", Score = 30 - 4 * i, Prize = prizes[i] }, cancellationToken);
        }

        return prizes.Count(p => p is not null);
    }
}
