using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;
using static TriThuc.Modules.Registry.Indicators.RegistryIndicatorDefinitions;

namespace TriThuc.Modules.Registry.Indicators;

/// <summary>
/// Measures the Registry's indicators on a day. The register on that day is everyone not merged away
/// whose status did not yet say they left (retired, moved away); leaders are those holding a post at a
/// province, department or district level that day. Each population costs a handful of queries,
/// whatever the number of people. The instance lives for one request: the register, the leaders and the
/// trained people of a day are loaded once and shared by every indicator measured on that day.
/// </summary>
public sealed class RegistryIndicators(RegistryDbContext db, UnitService units, IPersonDirectory directory) : IIndicatorSource, ILeaderReadiness
{
    private static readonly PositionLevel[] LeaderLevels = [PositionLevel.Province, PositionLevel.Department, PositionLevel.District];

    /// <summary>The trainings that put a leader under 40 in T2's numerator.</summary>
    private static readonly TrainingKind[] YoungLeaderTrainingKinds = [TrainingKind.ForeignLanguage, TrainingKind.InternationalEnvironment];

    private const int YoungLeaderAge = 40;

    private readonly Dictionary<DateOnly, Dictionary<Guid, PersonFacts>> _register = [];
    private readonly Dictionary<DateOnly, Dictionary<Guid, List<LeadershipPosition>>> _leaders = [];
    private readonly Dictionary<(string Kinds, DateOnly? From, DateOnly To, bool AmongLeaders), HashSet<Guid>> _trained = [];
    private IReadOnlyList<IndicatorUnit>? _units;

    public IReadOnlyList<IndicatorDefinition> Indicators => All;

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var day = period.AsOf;
        var people = await OnRegisterAsync(day, cancellationToken);
        var subjects = code switch
        {
            InternationalLeaders => await InternationallyReadyLeadersAsync(people, day, cancellationToken),
            YoungLeadersInternational => await TrainedLeadersAsync(people, day, YoungLeaderTrainingKinds, youngOnly: true, cancellationToken),
            QualifiedLeaders => await QualifiedLeadersAsync(people, day, cancellationToken),
            PublicSectorRetrained => Flag(people.Values.Where(p => p.IsPublicSector).Select(p => p.Id), people,
                await TrainedAsync([TrainingKind.KnowledgeUpdate], period.YearStart, day, leaders: null, cancellationToken), Standard),
            Intellectuals => await DescribeRegisterAsync(people, day, cancellationToken),
            Doctorates => Flag(await DoctoratesAsync(people, day, cancellationToken), people, null, Standard),
            Professors => Flag(people.Values.Where(p => p.HasAcademicTitleIn(day.Year)).Select(p => p.Id), people, null, p => [AcademicTitleOf(p, day), .. Standard(p)]),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a Registry indicator."),
        };

        return new IndicatorPopulation(subjects, await UnitsAsync(cancellationToken), ValueNames);
    }

    public async Task<IReadOnlyList<LeaderStanding>> LeadersAsync(DateOnly day, IReadOnlyCollection<Guid>? unitIds, CancellationToken cancellationToken)
    {
        var people = await OnRegisterAsync(day, cancellationToken);
        var ready = (await InternationallyReadyLeadersAsync(people, day, cancellationToken)).ToDictionary(s => s.Id, s => s.InNumerator);
        var trained = (await TrainedLeadersAsync(people, day, YoungLeaderTrainingKinds, youngOnly: false, cancellationToken)).ToDictionary(s => s.Id, s => s.InNumerator);
        var wanted = unitIds?.ToHashSet();
        return ready.Keys.Select(id => people[id])
            .Where(p => wanted is null || wanted.Contains(p.UnitId))
            .Select(p => new LeaderStanding(p.Id, p.UnitId, ready[p.Id], p.AgeOn(day) < YoungLeaderAge, trained[p.Id]))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await directory.GetSummariesAsync(ids, cancellationToken)).Values
            .ToDictionary(p => p.Id, p => new IndicatorSubjectDetail(p.Id, p.FullName, p.UnitName));

    private async Task<Dictionary<Guid, PersonFacts>> OnRegisterAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!_register.TryGetValue(day, out var people))
        {
            people = await db.Intellectuals.AsNoTracking()
                .Where(p => p.MergedIntoId == null && (p.Status == EmploymentStatus.Working || p.StatusSince > day))
                .Select(p => new PersonFacts(p.Id, p.UnitId, p.FieldCode, p.Gender, p.EthnicGroupCode, p.DateOfBirth,
                    p.IsPublicSector, p.IsRemotePosting, p.AcademicTitle, p.AcademicTitleYear))
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            _register[day] = people;
        }

        return people;
    }

    /// <summary>Leaders on the register that day, each with the posts in scope they hold.</summary>
    private async Task<Dictionary<Guid, List<LeadershipPosition>>> LeadersAsync(
        IReadOnlyDictionary<Guid, PersonFacts> people, DateOnly day, CancellationToken cancellationToken)
    {
        if (!_leaders.TryGetValue(day, out var leaders))
        {
            var posts = await db.LeadershipPositions.AsNoTracking()
                .Where(p => p.StartDate <= day && (p.EndDate == null || p.EndDate >= day) && LeaderLevels.Contains(p.Level))
                .ToListAsync(cancellationToken);
            leaders = posts.Where(p => people.ContainsKey(p.IntellectualId))
                .GroupBy(p => p.IntellectualId)
                .ToDictionary(g => g.Key, g => g.ToList());
            _leaders[day] = leaders;
        }

        return leaders;
    }

    /// <summary>Leaders (only those under 40 that day, when <paramref name="youngOnly"/>), in the numerator once trained in one of <paramref name="kinds"/>.</summary>
    private async Task<List<IndicatorSubject>> TrainedLeadersAsync(
        IReadOnlyDictionary<Guid, PersonFacts> people, DateOnly day, TrainingKind[] kinds, bool youngOnly, CancellationToken cancellationToken)
    {
        var leaders = await LeadersAsync(people, day, cancellationToken);
        var trained = await TrainedAsync(kinds, null, day, leaders.Keys, cancellationToken);
        return Flag(leaders.Keys.Where(id => !youngOnly || people[id].AgeOn(day) < YoungLeaderAge), people, trained, Standard);
    }

    /// <summary>T1: leaders who, by the day, count as <see cref="InternationalReadiness"/> reads the programme.</summary>
    private async Task<List<IndicatorSubject>> InternationallyReadyLeadersAsync(
        IReadOnlyDictionary<Guid, PersonFacts> people, DateOnly day, CancellationToken cancellationToken)
    {
        var leaders = await LeadersAsync(people, day, cancellationToken);
        var ids = leaders.Keys.ToList();
        var trained = await TrainedAsync(InternationalReadiness.TrainingKinds, null, day, leaders.Keys, cancellationToken);
        var degrees = (await db.Qualifications.AsNoTracking().Where(q => q.Country != null && ids.Contains(q.IntellectualId))
                .Select(q => new { q.IntellectualId, q.Country, q.Year }).ToListAsync(cancellationToken))
            .ToLookup(q => q.IntellectualId, q => (q.Country, q.Year));
        var languages = (await db.LanguageSkills.AsNoTracking().Where(l => l.Level >= InternationalReadiness.WorkingLanguageLevel && ids.Contains(l.IntellectualId))
                .Select(l => new { l.IntellectualId, l.Level }).ToListAsync(cancellationToken))
            .ToLookup(l => l.IntellectualId, l => l.Level);
        var ready = ids.Where(id => InternationalReadiness.Counts(
                trained.Contains(id) ? InternationalReadiness.TrainingKinds : [], degrees[id], languages[id], day))
            .ToHashSet();
        return Flag(leaders.Keys, people, ready, Standard);
    }

    /// <summary>
    /// People with a training of one of <paramref name="kinds"/> that ended from <paramref name="from"/> (any time, when null) to
    /// <paramref name="to"/>; only among <paramref name="leaders"/>, when given, which must be the leaders of <paramref name="to"/>.
    /// </summary>
    private async Task<HashSet<Guid>> TrainedAsync(
        TrainingKind[] kinds, DateOnly? from, DateOnly to, IReadOnlyCollection<Guid>? leaders, CancellationToken cancellationToken)
    {
        var key = (string.Join(',', kinds.Order()), from, to, leaders is not null);
        if (!_trained.TryGetValue(key, out var trained))
        {
            var query = db.Trainings.AsNoTracking().Where(t => kinds.Contains(t.Kind) && t.EndDate <= to && (from == null || t.EndDate >= from));
            if (leaders is not null)
            {
                var ids = leaders.ToList();
                query = query.Where(t => ids.Contains(t.IntellectualId));
            }

            trained = (await query.Select(t => t.IntellectualId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
            _trained[key] = trained;
        }

        return trained;
    }

    private async Task<List<IndicatorSubject>> QualifiedLeadersAsync(IReadOnlyDictionary<Guid, PersonFacts> people, DateOnly day, CancellationToken cancellationToken)
    {
        var leaders = await LeadersAsync(people, day, cancellationToken);
        var leaderIds = leaders.Keys.ToList();
        var degrees = (await db.Qualifications.AsNoTracking()
                .Where(q => q.Year <= day.Year && leaderIds.Contains(q.IntellectualId))
                .Select(q => new { q.IntellectualId, q.Degree, q.FieldCode, q.Year })
                .ToListAsync(cancellationToken))
            .ToLookup(q => q.IntellectualId, q => (q.Degree, q.FieldCode, q.Year));
        var qualified = leaders
            .Where(l => l.Value.All(post => PostQualification.IsMet(degrees[l.Key], post.RequiredDegree, post.RequiredFieldCode, day.Year)))
            .Select(l => l.Key)
            .ToHashSet();
        return Flag(leaders.Keys, people, qualified, Standard);
    }

    private async Task<List<Guid>> DoctoratesAsync(IReadOnlyDictionary<Guid, PersonFacts> people, DateOnly day, CancellationToken cancellationToken) =>
        (await db.Qualifications.AsNoTracking()
            .Where(q => q.Degree == Degree.Doctorate && q.Year <= day.Year)
            .Select(q => q.IntellectualId)
            .Distinct()
            .ToListAsync(cancellationToken))
        .Where(people.ContainsKey)
        .ToList();

    private async Task<List<IndicatorSubject>> DescribeRegisterAsync(IReadOnlyDictionary<Guid, PersonFacts> people, DateOnly day, CancellationToken cancellationToken)
    {
        var highest = new Dictionary<Guid, Degree>();
        await foreach (var q in db.Qualifications.AsNoTracking().Where(q => q.Year <= day.Year)
            .Select(q => new { q.IntellectualId, q.Degree }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!highest.TryGetValue(q.IntellectualId, out var held) || DegreeLadder.RankOf(q.Degree) > DegreeLadder.RankOf(held))
            {
                highest[q.IntellectualId] = q.Degree;
            }
        }

        return Flag(people.Keys, people, null, p =>
        [
            .. Standard(p),
            p.EthnicGroupCode == ReferenceData.KinhCode ? "kinh" : "minority",
            p.IsRemotePosting ? "remote" : "other",
            highest.TryGetValue(p.Id, out var degree) ? degree.ToString() : "none",
            AcademicTitleOf(p, day),
            AgeBandOf(p.AgeOn(day)),
        ]);
    }

    /// <summary>Subjects for <paramref name="ids"/>, in the numerator when in <paramref name="numerator"/> (everyone, when null).</summary>
    private static List<IndicatorSubject> Flag(
        IEnumerable<Guid> ids, IReadOnlyDictionary<Guid, PersonFacts> people, IReadOnlySet<Guid>? numerator, Func<PersonFacts, string?[]> dimensions) =>
        ids.Select(id => people[id])
            .Select(p => new IndicatorSubject(p.Id, p.UnitId, numerator is null || numerator.Contains(p.Id), 1, dimensions(p)))
            .ToList();

    private static string?[] Standard(PersonFacts person) => [person.FieldCode, person.Gender.ToString(), person.EthnicGroupCode];

    private static string AcademicTitleOf(PersonFacts person, DateOnly day) =>
        person.HasAcademicTitleIn(day.Year) ? person.AcademicTitle!.Value.ToString() : "none";

    private static string AgeBandOf(int age) => age switch
    {
        < 30 => "under30",
        < 40 => "30to39",
        < 50 => "40to49",
        < 60 => "50to59",
        _ => "60plus",
    };

    private async Task<IReadOnlyList<IndicatorUnit>> UnitsAsync(CancellationToken cancellationToken) =>
        _units ??= (await units.AllAsync(cancellationToken)).Values
            .Select(u => new IndicatorUnit(u.Id, u.Code, u.Name, u.ParentId, u.ValidFrom, u.ValidTo, u.SuccessorId))
            .ToList();

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ValueNames =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [IndicatorDimension.Field.Key] = ReferenceData.ExpertiseFields.ToDictionary(f => f.Code, f => f.Name),
            [IndicatorDimension.Gender.Key] = new Dictionary<string, string> { [nameof(Gender.Male)] = "Nam", [nameof(Gender.Female)] = "Nữ" },
            [IndicatorDimension.EthnicGroup.Key] = ReferenceData.EthnicGroups.ToDictionary(g => g.Code, g => g.Name),
            [Minority.Key] = new Dictionary<string, string> { ["minority"] = "Dân tộc thiểu số", ["kinh"] = "Dân tộc Kinh" },
            [Remote.Key] = new Dictionary<string, string> { ["remote"] = "Vùng sâu, vùng xa, biên giới", ["other"] = "Khu vực khác" },
            [HighestDegree.Key] = EnumLabels.All<Degree>().ToDictionary(d => d.Key.ToString(), d => d.Value)
                .Append(new KeyValuePair<string, string>("none", "Chưa có văn bằng")).ToDictionary(),
            [AcademicTitleDimension.Key] = EnumLabels.All<AcademicTitle>().ToDictionary(t => t.Key.ToString(), t => t.Value)
                .Append(new KeyValuePair<string, string>("none", "Chưa có học hàm")).ToDictionary(),
            [AgeBand.Key] = new Dictionary<string, string>
            {
                ["under30"] = "Dưới 30", ["30to39"] = "30–39", ["40to49"] = "40–49", ["50to59"] = "50–59", ["60plus"] = "Từ 60",
            },
        };
}
