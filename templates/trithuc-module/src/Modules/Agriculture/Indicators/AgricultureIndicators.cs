using TriThuc.Modules.Agriculture.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Agriculture.Indicators;

/// <summary>The module's indicators: each a definition leaders read, and the subjects it counts on a day.</summary>
public sealed class AgricultureIndicators(AgricultureDbContext db, IUnitDirectory units, IPersonDirectory people) : IIndicatorSource
{
    public const string ActiveThings = "AGRICULTURE1";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new()
        {
            Code = ActiveThings,
            Name = "Bản ghi còn hiệu lực",
            Description = "Số bản ghi của phân hệ còn hiệu lực vào ngày đo, theo đơn vị.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Bản ghi còn hiệu lực vào ngày đo",
            SubjectName = "bản ghi",
            SubjectsArePeople = false,
        },
    ];

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var day = period.AsOf;
        var subjects = code switch
        {
            ActiveThings => await db.Things.AsNoTracking()
                .Where(t => t.StartedOn <= day && (t.EndedOn == null || t.EndedOn >= day))
                .Select(t => new IndicatorSubject(t.Id, t.UnitId, true, 1m, Array.Empty<string?>()))
                .ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Agriculture module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var things = await db.Things.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(things.Select(t => t.PersonId).ToList(), cancellationToken);
        return things.ToDictionary(t => t.Id, t => new IndicatorSubjectDetail(t.Id, t.Title, persons.GetValueOrDefault(t.PersonId)?.UnitName ?? ""));
    }
}
