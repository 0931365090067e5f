using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Indicators;

/// <summary>
/// The Science module's indicators. Project states are read from the transition history, so a past date
/// sees each project as it stood then; money indicators count grants and disbursements dated in the year.
/// </summary>
public sealed class ScienceIndicators(ScienceDbContext db, IUnitDirectory units) : IIndicatorSource
{
    public const string ProjectsByStatus = "S1";
    public const string AppliedShare = "S2";
    public const string FundCommitted = "S3";
    public const string FundDisbursed = "S4";

    private static readonly IndicatorDimension Status = new("status", "Trạng thái");
    private static readonly IndicatorDimension Level = new("level", "Cấp đề tài");

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new()
        {
            Code = ProjectsByStatus,
            Name = "Đề tài khoa học và công nghệ theo trạng thái và cấp",
            Description = "Số đề tài, nhiệm vụ khoa học và công nghệ đã đề xuất đến ngày đo, theo trạng thái của đề tài vào ngày đó, cấp và lĩnh vực; đơn vị là tổ chức chủ trì.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Đề tài đã đề xuất đến ngày đo",
            SubjectName = "đề tài",
            Dimensions = [Status, Level, IndicatorDimension.Field],
            SubjectsArePeople = false,
        },
        new()
        {
            Code = AppliedShare,
            Name = "Tỷ lệ đề tài nghiệm thu được ứng dụng vào thực tiễn",
            Description = "Trong các đề tài đã nghiệm thu đạt đến ngày đo, tỷ lệ đề tài đã được ghi nhận ứng dụng vào thực tiễn.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Đề tài đã ứng dụng vào thực tiễn",
            Denominator = "Đề tài nghiệm thu đạt (kể cả đã ứng dụng)",
            SubjectName = "đề tài",
            Dimensions = [Level, IndicatorDimension.Field],
            SubjectsArePeople = false,
        },
        new()
        {
            Code = FundCommitted,
            Name = "Vốn Quỹ đầu tư đổi mới sáng tạo đã cam kết tài trợ",
            Description = "Tổng số tiền các khoản tài trợ được quyết định từ ngày 1 tháng 1 đến ngày đo; đơn vị là đơn vị đề nghị.",
            Kind = IndicatorKind.Amount,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Số tiền tài trợ đã quyết định (đồng)",
            SubjectName = "đồng",
            SubjectsArePeople = false,
        },
        new()
        {
            Code = FundDisbursed,
            Name = "Vốn Quỹ đầu tư đổi mới sáng tạo đã giải ngân",
            Description = "Tổng số tiền Quỹ đã giải ngân từ ngày 1 tháng 1 đến ngày đo; đơn vị là đơn vị đề nghị của khoản tài trợ.",
            Kind = IndicatorKind.Amount,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Số tiền đã giải ngân (đồng)",
            SubjectName = "đồng",
            SubjectsArePeople = false,
        },
    ];

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var subjects = code switch
        {
            ProjectsByStatus => (await ProjectsAsOfAsync(period.AsOf, cancellationToken))
                .Select(p => new IndicatorSubject(p.Project.Id, p.Project.HostUnitId, true, 1m,
                    [p.Status.ToString(), p.Project.Level.ToString(), p.Project.FieldCode]))
                .ToList(),
            AppliedShare => (await ProjectsAsOfAsync(period.AsOf, cancellationToken))
                .Where(p => p.Status is ProjectStatus.Accepted or ProjectStatus.AppliedInPractice)
                .Select(p => new IndicatorSubject(p.Project.Id, p.Project.HostUnitId, p.Status == ProjectStatus.AppliedInPractice, 1m,
                    [p.Project.Level.ToString(), p.Project.FieldCode]))
                .ToList(),
            FundCommitted => await db.Grants.AsNoTracking()
                .Where(g => g.AwardedOn >= period.YearStart && g.AwardedOn <= period.AsOf)
                .Select(g => new IndicatorSubject(g.Id, g.UnitId, true, g.Amount, Array.Empty<string?>()))
                .ToListAsync(cancellationToken),
            FundDisbursed => await (from d in db.Disbursements.AsNoTracking()
                                    join g in db.Grants.AsNoTracking() on d.GrantId equals g.Id
                                    where d.PaidOn >= period.YearStart && d.PaidOn <= period.AsOf
                                    select new IndicatorSubject(d.Id, g.UnitId, true, d.Amount, Array.Empty<string?>()))
                .ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Science module."),
        };

        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken), ValueNames);
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var unitNames = (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        string? UnitName(Guid? id) => id is { } unit ? unitNames.GetValueOrDefault(unit) : null;

        var projects = await db.Projects.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.Title, p.HostUnitId }).ToListAsync(cancellationToken);
        var grants = await db.Grants.AsNoTracking().Where(g => wanted.Contains(g.Id))
            .Select(g => new { g.Id, g.Name, g.UnitId }).ToListAsync(cancellationToken);
        var disbursements = await (from d in db.Disbursements.AsNoTracking()
                                   join g in db.Grants.AsNoTracking() on d.GrantId equals g.Id
                                   where wanted.Contains(d.Id)
                                   select new { d.Id, g.Name, g.UnitId, d.PaidOn }).ToListAsync(cancellationToken);

        return projects.Select(p => new IndicatorSubjectDetail(p.Id, $"{p.Code} — {p.Title}", UnitName(p.HostUnitId)))
            .Concat(grants.Select(g => new IndicatorSubjectDetail(g.Id, g.Name, UnitName(g.UnitId))))
            .Concat(disbursements.Select(d => new IndicatorSubjectDetail(d.Id, $"Giải ngân ngày {d.PaidOn:dd/MM/yyyy}: {d.Name}", UnitName(d.UnitId))))
            .ToDictionary(d => d.Id);
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ValueNames { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Status.Key] = ProjectNames.Statuses.ToDictionary(s => s.Key.ToString(), s => s.Value),
            [Level.Key] = ProjectNames.Levels.ToDictionary(l => l.Key.ToString(), l => l.Value),
        };

    /// <summary>Each project proposed by <paramref name="day"/>, with the status its last transition on or before that day gave it.</summary>
    private async Task<List<(ScienceProject Project, ProjectStatus Status)>> ProjectsAsOfAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var transitions = await db.ProjectTransitions.AsNoTracking().Where(t => t.On <= day)
            .Select(t => new { t.ProjectId, t.To, t.On, t.RecordedAt }).ToListAsync(cancellationToken);
        var statusOn = transitions.GroupBy(t => t.ProjectId)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.On).ThenBy(t => t.RecordedAt).Last().To);
        var ids = statusOn.Keys.ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return projects.Select(p => (p, statusOn[p.Id])).ToList();
    }
}
