using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Indicators;

/// <summary>The module's indicators: each a definition leaders read, and the subjects it counts on a day.</summary>
public sealed class EducationIndicators(EducationDbContext db, IUnitDirectory units, IPersonDirectory people) : IIndicatorSource
{
    public const string ActiveTeachingAssignments = "E4";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new()
        {
            Code = ActiveTeachingAssignments,
            Name = "Phân công giảng dạy còn hiệu lực",
            Description = "Số phân công giảng dạy (một giáo viên dạy một môn tại một trường) còn hiệu lực vào ngày đo, theo đơn vị.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Phân công giảng dạy còn hiệu lực vào ngày đo",
            SubjectName = "phân công",
            SubjectsArePeople = false,
        },
    ];

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var day = period.AsOf;
        var subjects = code switch
        {
            ActiveTeachingAssignments => await db.TeachingAssignments.AsNoTracking()
                .Where(t => t.StartedOn <= day && (t.EndedOn == null || t.EndedOn >= day))
                .Select(t => new IndicatorSubject(t.Id, t.UnitId, true, 1m, Array.Empty<string?>()))
                .ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Education module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var teachingAssignments = await db.TeachingAssignments.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(teachingAssignments.Select(t => t.PersonId).ToList(), cancellationToken);
        return teachingAssignments.ToDictionary(t => t.Id, t => new IndicatorSubjectDetail(t.Id, t.Title, persons.GetValueOrDefault(t.PersonId)?.UnitName ?? ""));
    }
}
