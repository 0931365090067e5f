using Microsoft.Extensions.Options;
using TriThuc.Host.Configuration;
using TriThuc.Host.Plugins;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Indicators;
using TriThuc.SharedKernel.Security;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Host.Indicators;

/// <summary>
/// Every module's indicators, measured for one request: values, breakdowns, trends, statuses and
/// drill-downs. A population is loaded once per indicator and day within a request, however many
/// fields ask for it.
/// </summary>
internal sealed class IndicatorService(
    IEnumerable<IIndicatorSource> sources,
    ModuleCatalog catalog,
    IClock clock,
    IOptions<PlatformOptions> options,
    ICurrentUser user)
{
    private const int MaxTrendYears = 30;
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
                : new IndicatorPeriod(day);
        }

        if (year is { } y)
        {
            return y > today.Year || y < 1990
                ? throw DomainException.Validation("year", $"Năm {y} nằm ngoài khoảng đo được (1990–{today.Year}).")
                : IndicatorPeriod.ForYear(y, today);
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
        RequireDimension(definition, dimension);
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

    /// <summary>The subjects behind the number, ordered by unit, with names from the contributing module.</summary>
    public async Task<IReadOnlyList<IndicatorSubjectEntry>> SubjectsAsync(
        RegisteredIndicator indicator, IndicatorPeriod period, IndicatorSubjectFilter filter, CancellationToken cancellationToken)
    {
        var definition = indicator.Definition;
        var population = await PopulationAsync(indicator, period.AsOf, cancellationToken);
        var units = population.Units.ToDictionary(u => u.Id);
        IEnumerable<IndicatorSubject> subjects = population.Subjects;
        if (filter.InNumerator is { } inNumerator)
        {
            subjects = subjects.Where(s => s.InNumerator == inNumerator);
        }

        if (filter.UnitId is { } root)
        {
            var subtree = Subtree(population.Units, root, period.AsOf);
            subjects = subjects.Where(s => IndicatorBreakdown.UnitOn(s.UnitId, units, period.AsOf) is { } unit && subtree.Contains(unit));
        }

        if (filter.Dimension is { } dimension)
        {
            RequireDimension(definition, dimension);
            var index = IndicatorBreakdown.IndexOf(definition, dimension);
            if (definition.Dimensions[index].Sensitive && !user.Access.HasPermission(Permissions.PersonalDataRead))
            {
                throw DomainException.Forbidden(
                    $"Lọc danh sách theo '{definition.Dimensions[index].Name}' là xử lý dữ liệu nhạy cảm, cần quyền {Permissions.PersonalDataRead}.");
            }

            var value = filter.Value == IndicatorBreakdown.UnknownKey ? null : filter.Value;
            subjects = subjects.Where(s => (s.Dimensions.Count > index ? s.Dimensions[index] : null) == value);
        }

        var selected = subjects
            .OrderBy(s => s.UnitId is { } u && units.TryGetValue(u, out var unit) ? unit.Code : "", StringComparer.Ordinal)
            .ThenBy(s => s.Id)
            .ToList();
        return selected.Select(s => new IndicatorSubjectEntry(s.Id, "", UnitName(s.UnitId), s.InNumerator, s.Weight)).ToList();

        string? UnitName(Guid? id) => id is { } u && units.TryGetValue(u, out var unit) ? unit.Name : null;
    }

    /// <summary>Names for one page of a drill-down, asked of the contributing module in one batch.</summary>
    public async Task<IReadOnlyList<IndicatorSubjectEntry>> NameAsync(
        RegisteredIndicator indicator, IReadOnlyList<IndicatorSubjectEntry> page, CancellationToken cancellationToken)
    {
        var details = await indicator.Source.DescribeAsync(page.Select(e => e.Id).ToList(), cancellationToken);
        return page.Select(e => details.TryGetValue(e.Id, out var detail)
            ? e with { Name = detail.Name, UnitName = detail.UnitName ?? e.UnitName }
            : e with { Name = "(không còn trong dữ liệu)" }).ToList();
    }

    private Task<IndicatorPopulation> PopulationAsync(RegisteredIndicator indicator, DateOnly asOf, CancellationToken cancellationToken)
    {
        var key = (indicator.Code, asOf);
        if (!_populations.TryGetValue(key, out var population))
        {
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

    private static void RequireDimension(IndicatorDefinition definition, string dimension)
    {
        if (dimension != IndicatorDimension.UnitKey && definition.Dimensions.All(d => d.Key != dimension))
        {
            var known = string.Join(", ", new[] { IndicatorDimension.UnitKey }.Concat(definition.Dimensions.Select(d => d.Key)));
            throw DomainException.Validation("by", $"Chỉ tiêu {definition.Code} không phân tổ theo '{dimension}'. Có thể chọn: {known}.");
        }
    }

    private List<RegisteredIndicator> Register()
    {
        var registered = new List<RegisteredIndicator>();
        foreach (var source in sources.Where(s => catalog.IsActive(s.GetType())))
        {
            var module = catalog.Modules.First(m => m.Definition.GetType().Assembly == source.GetType().Assembly).Name;
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
