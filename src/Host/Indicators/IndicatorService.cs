using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Host.Indicators;

/// <summary>
/// Every module's indicators, measured for one request: values, breakdowns, trends, statuses and
/// drill-downs. A population is loaded once per indicator and day within a request, however many
/// fields ask for it, and one request measures on at most <see cref="MaxDaysPerRequest"/> days.
/// </summary>
internal sealed class IndicatorService(
    IEnumerable<IIndicatorSource> sources,
    ModuleCatalog catalog,
    IClock clock,
    IOptions<PlatformOptions> options,
    ICurrentUser user,
    ISensitiveReadLog readLog)
{
    private const int MaxTrendYears = 30;
    private const int FirstYear = 1990;

    /// <summary>Distinct measurement days (the baseline included) one request may ask for: a 30-year trend and a review fit.</summary>
    public const int MaxDaysPerRequest = 40;

    /// <summary>The record type under which a drill-down's sensitive reads of people are logged, as the Registry logs its own.</summary>
    private const string PersonRecordType = "Intellectual";

    private readonly HashSet<DateOnly> _days = [];
    private readonly Dictionary<(string Code, DateOnly AsOf), Task<IndicatorPopulation>> _populations = [];
    private IReadOnlyList<RegisteredIndicator>? _all;

    public DateOnly BaselineDate => options.Value.Indicators.BaselineDate;

    /// <summary>All indicators of the active modules, by module and code. Two modules claiming one code is a deployment error.</summary>
    public IReadOnlyList<RegisteredIndicator> All => _all ??= Register();

    public RegisteredIndicator Get(string code) =>
        All.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw DomainException.NotFound($"Không có chỉ tiêu mã '{code}'.");

    /// <summary>The day to measure on: a date, the end of a year (today while it runs), or today.</summary>
    public IndicatorPeriod PeriodOf(DateOnly? at, int? year)
    {
        var today = clock.Today;
        if (at is not null && year is not null)
        {
            throw DomainException.Validation("at", "Chỉ chọn một trong hai: ngày (at) hoặc năm (year).");
        }

        if (at is { } day)
        {
            return day > today
                ? throw DomainException.Validation("at", $"Không đo được chỉ tiêu cho ngày trong tương lai ({day:dd/MM/yyyy}).")
                : day.Year < FirstYear
                    ? throw DomainException.Validation("at", $"Chỉ đo được chỉ tiêu cho ngày từ năm {FirstYear} trở đi, không phải {day:dd/MM/yyyy}.")
                    : new IndicatorPeriod(day);
        }

        if (year is { } y)
        {
            RequireYear(y, "year");
            return IndicatorPeriod.ForYear(y, today);
        }

        return new IndicatorPeriod(today);
    }

    public async Task<IndicatorMeasurement> MeasureAsync(RegisteredIndicator indicator, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var definition = indicator.Definition;
        var figure = IndicatorFigure.Of(definition.Kind, (await PopulationAsync(indicator, period.AsOf, cancellationToken)).Subjects);
        var expected = definition.Target is { } target
            ? TargetPath.Expected(target, await BaselineValueAsync(indicator, cancellationToken), BaselineDate, period.AsOf)
            : (decimal?)null;
        return new IndicatorMeasurement(indicator, period, figure, expected, TargetPath.Judge(definition.Target, figure.Value, expected));
    }

    /// <summary>The breakdown by one dimension ("unit" or one of the indicator's own), each line judged against its own straight path.</summary>
    public async Task<IReadOnlyList<IndicatorBreakdownRow>> BreakdownAsync(
        RegisteredIndicator indicator, string dimension, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var definition = indicator.Definition;
        RequireDimension(definition, dimension, "by");
        var rows = IndicatorBreakdown.By(definition, await PopulationAsync(indicator, period.AsOf, cancellationToken), dimension, period.AsOf);
        if (definition.Target is not { } target)
        {
            return rows;
        }

        // The baseline population is placed in the units as they stand on the measured day, so that each line's
        // path starts from the same unit's baseline, a unit opened since then included.
        var baseline = target.EveryYear
            ? new Dictionary<string, decimal?>()
            : IndicatorBreakdown.By(definition, await PopulationAsync(indicator, BaselineDate, cancellationToken), dimension, period.AsOf)
                .ToDictionary(r => r.Key, r => r.Figure.Value);
        return rows.Select(row =>
        {
            var expected = TargetPath.Expected(target, baseline.GetValueOrDefault(row.Key) ?? 0, BaselineDate, period.AsOf);
            return row with { Expected = expected, Status = TargetPath.Judge(target, row.Figure.Value, expected) };
        }).ToList();
    }

    /// <summary>The indicator at the end of each year from <paramref name="fromYear"/> (the baseline year by default) to <paramref name="toYear"/> (this year).</summary>
    public async Task<IReadOnlyList<IndicatorTrendPoint>> TrendAsync(RegisteredIndicator indicator, int? fromYear, int? toYear, CancellationToken cancellationToken)
    {
        if (fromYear is { } from)
        {
            RequireYear(from, "fromYear");
        }

        if (toYear is { } to)
        {
            RequireYear(to, "toYear");
        }

        var last = toYear ?? clock.Today.Year;
        var first = fromYear ?? Math.Min(BaselineDate.Year, last);
        if (first > last || last - first >= MaxTrendYears)
        {
            throw DomainException.Validation("fromYear", $"Khoảng năm phải tăng dần và không quá {MaxTrendYears} năm.");
        }

        var points = new List<IndicatorTrendPoint>();
        decimal? previous = null;
        for (var year = first; year <= last; year++)
        {
            var measurement = await MeasureAsync(indicator, PeriodOf(null, year), cancellationToken);
            var value = measurement.Figure.Value;
            points.Add(new IndicatorTrendPoint(year, measurement, value - previous));
            previous = value;
        }

        return points;
    }

    /// <summary>
    /// The subjects behind the number, ordered by the unit each counts in on the day (the unit shown), with
    /// names from the contributing module. Listing by a sensitive dimension, or an indicator whose subjects
    /// reveal personal data, needs the personal-data permission.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorSubjectEntry>> SubjectsAsync(
        RegisteredIndicator indicator, IndicatorPeriod period, IndicatorSubjectFilter filter, CancellationToken cancellationToken)
    {
        var definition = indicator.Definition;
        var index = filter.Dimension is { } dimension ? DimensionIndexForSubjects(definition, dimension) : (int?)null;
        RequirePermissionFor(definition, filter);
        var population = await PopulationAsync(indicator, period.AsOf, cancellationToken);
        var units = population.Units.ToDictionary(u => u.Id);
        var placed = population.Subjects.Select(s => (Subject: s, Unit: IndicatorBreakdown.UnitOn(s.UnitId, units, period.AsOf)));
        if (filter.InNumerator is { } inNumerator)
        {
            placed = placed.Where(p => p.Subject.InNumerator == inNumerator);
        }

        if (filter.UnitId is { } root)
        {
            var subtree = Subtree(population.Units, root, period.AsOf);
            placed = placed.Where(p => p.Unit is { } unit && subtree.Contains(unit));
        }

        if (index is { } i)
        {
            var value = filter.Value == IndicatorBreakdown.UnknownKey ? null : filter.Value;
            placed = placed.Where(p => (p.Subject.Dimensions.Count > i ? p.Subject.Dimensions[i] : null) == value);
        }

        return placed
            .Select(p => (p.Subject, Unit: p.Unit is { } id ? units[id] : null))
            .OrderBy(p => p.Unit?.Code ?? "", StringComparer.Ordinal)
            .ThenBy(p => p.Subject.Id)
            .Select(p => new IndicatorSubjectEntry(p.Subject.Id, "", p.Unit?.Code ?? "", p.Unit?.Name, p.Subject.InNumerator, p.Subject.Weight))
            .ToList();
    }

    /// <summary>Names for one page of a drill-down, asked of the contributing module in one batch; the unit stays the one counted in.</summary>
    public async Task<IReadOnlyList<IndicatorSubjectEntry>> NameAsync(
        RegisteredIndicator indicator, IReadOnlyList<IndicatorSubjectEntry> page, CancellationToken cancellationToken)
    {
        var details = await indicator.Source.DescribeAsync(page.Select(e => e.Id).ToList(), cancellationToken);
        return page.Select(e => e with { Name = details.TryGetValue(e.Id, out var detail) ? detail.Name : "(không còn trong dữ liệu)" }).ToList();
    }

    /// <summary>Logs, for each subject of a page shown, the personal data its listing disclosed (the sensitive dimension filtered by, or the indicator's own).</summary>
    public void RecordSensitiveReads(RegisteredIndicator indicator, IndicatorSubjectFilter filter, IReadOnlyList<IndicatorSubjectEntry> page)
    {
        var fields = SensitiveFields(indicator.Definition, filter);
        var recordType = indicator.Definition.SubjectsArePeople ? PersonRecordType : indicator.Module;
        foreach (var entry in page)
        {
            foreach (var field in fields)
            {
                readLog.Record(recordType, entry.Id.ToString(), field);
            }
        }
    }

    private Task<IndicatorPopulation> PopulationAsync(RegisteredIndicator indicator, DateOnly asOf, CancellationToken cancellationToken)
    {
        var key = (indicator.Code, asOf);
        if (!_populations.TryGetValue(key, out var population))
        {
            if (!_days.Contains(asOf) && _days.Count >= MaxDaysPerRequest)
            {
                throw DomainException.Validation(
                    "at", $"Một yêu cầu chỉ đo chỉ tiêu tại tối đa {MaxDaysPerRequest} ngày khác nhau (kể cả ngày gốc của lộ trình). Hãy chia thành nhiều yêu cầu.");
            }

            _days.Add(asOf);

            population = indicator.Source.LoadAsync(indicator.Code, new IndicatorPeriod(asOf), cancellationToken);
            _populations[key] = population;
        }

        return population;
    }

    private async Task<decimal> BaselineValueAsync(RegisteredIndicator indicator, CancellationToken cancellationToken)
    {
        if (indicator.Definition.Target is { EveryYear: true })
        {
            return 0;
        }

        var population = await PopulationAsync(indicator, BaselineDate, cancellationToken);
        return IndicatorFigure.Of(indicator.Definition.Kind, population.Subjects).Value ?? 0;
    }

    private static HashSet<Guid> Subtree(IReadOnlyList<IndicatorUnit> units, Guid root, DateOnly asOf)
    {
        var children = units.Where(u => u.ParentId is not null && u.IsOpenOn(asOf)).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var subtree = new HashSet<Guid> { root };
        var pending = new Stack<Guid>([root]);
        while (pending.TryPop(out var id))
        {
            foreach (var child in children[id].Where(subtree.Add))
            {
                pending.Push(child);
            }
        }

        return subtree;
    }

    private static void RequireDimension(IndicatorDefinition definition, string dimension, string argument)
    {
        if (dimension != IndicatorDimension.UnitKey && definition.Dimensions.All(d => d.Key != dimension))
        {
            var known = string.Join(", ", new[] { IndicatorDimension.UnitKey }.Concat(definition.Dimensions.Select(d => d.Key)));
            throw DomainException.Validation(argument, $"Chỉ tiêu {definition.Code} không phân tổ theo '{dimension}'. Có thể chọn: {known}.");
        }
    }

    /// <summary>The position of the dimension a drill-down filters by; the unit is filtered by unitId instead.</summary>
    private static int DimensionIndexForSubjects(IndicatorDefinition definition, string dimension)
    {
        if (dimension == IndicatorDimension.UnitKey)
        {
            throw DomainException.Validation("dimension", "Lọc danh sách theo đơn vị bằng tham số unitId (mã đơn vị), không bằng dimension.");
        }

        RequireDimension(definition, dimension, "dimension");
        return IndicatorBreakdown.IndexOf(definition, dimension);
    }

    /// <summary>The personal data a drill-down with this filter discloses: the sensitive dimension filtered by and the indicator's own.</summary>
    private static List<string> SensitiveFields(IndicatorDefinition definition, IndicatorSubjectFilter filter)
    {
        var fields = new List<string>();
        if (filter.Dimension is { } key && definition.Dimensions.FirstOrDefault(d => d.Key == key) is { Sensitive: true })
        {
            fields.Add(key);
        }

        if (definition.SubjectsRevealPersonalData is { } revealed)
        {
            fields.Add(revealed);
        }

        return fields;
    }

    private void RequirePermissionFor(IndicatorDefinition definition, IndicatorSubjectFilter filter)
    {
        if (SensitiveFields(definition, filter).Count > 0 && !user.Access.HasPermission(Permissions.PersonalDataRead))
        {
            var what = filter.Dimension is { } key && definition.Dimensions.FirstOrDefault(d => d.Key == key) is { Sensitive: true } dimension
                ? $"Lọc danh sách theo '{dimension.Name}'"
                : $"Liệt kê người của chỉ tiêu {definition.Code} (việc có tên trong danh sách đã cho biết dữ liệu cá nhân của họ)";
            throw DomainException.Forbidden($"{what} là xử lý dữ liệu cá nhân nhạy cảm, cần quyền {Permissions.PersonalDataRead}.");
        }
    }

    private void RequireYear(int year, string argument)
    {
        var today = clock.Today;
        if (year > today.Year || year < FirstYear)
        {
            throw DomainException.Validation(argument, $"Năm {year} nằm ngoài khoảng đo được ({FirstYear}–{today.Year}).");
        }
    }

    private List<RegisteredIndicator> Register()
    {
        var registered = new List<RegisteredIndicator>();
        foreach (var source in sources)
        {
            if (catalog.ModuleOf(source.GetType())?.Name is not { } module)
            {
                continue; // a module that failed to load after registering its services
            }

            foreach (var definition in source.Indicators)
            {
                if (registered.FirstOrDefault(r => string.Equals(r.Code, definition.Code, StringComparison.OrdinalIgnoreCase)) is { } taken)
                {
                    throw new InvalidOperationException(
                        $"Indicator code '{definition.Code}' is claimed by both module {taken.Module} and module {module}.");
                }

                registered.Add(new RegisteredIndicator(module, definition, source));
            }
        }

        return registered.OrderBy(r => r.Module, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}
