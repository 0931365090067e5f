using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Remote;

namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// The Registry's counts and the year's recruitments rolled up the unit tree (each unit's figure is its whole subtree's),
/// with the plan's targets for the year: every gap, and its drill-down by unit and field, is read from here without
/// another query.
/// </summary>
public sealed class PlanFigures
{
    private static readonly WorkforceCount Nobody = new(Guid.Empty, "", 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private readonly Dictionary<(Guid Unit, string? Field), WorkforceCount> _people = [];
    private readonly Dictionary<(Guid Unit, string? Field), int> _recruited = [];
    private readonly Dictionary<Guid, UnitSummary> _units;
    private readonly ILookup<Guid?, UnitSummary> _children;
    private readonly Dictionary<(Guid Unit, string? Field, PlanMeasure Measure), decimal> _targets;

    public PlanFigures(
        DateOnly on, IReadOnlyList<UnitSummary> units, IReadOnlyList<WorkforceCount> counts,
        IEnumerable<(Guid UnitId, string FieldCode)> recruitments, IEnumerable<PlanTarget> targets)
    {
        On = on;
        _units = units.ToDictionary(u => u.Id);
        _children = units.ToLookup(u => u.ParentId);
        _targets = targets.ToDictionary(t => (t.UnitId, t.FieldCode, t.Measure), t => t.Value);
        foreach (var count in counts)
        {
            foreach (var unit in _units.AncestryOf(count.UnitId).Select(u => u.Id))
            {
                _people[(unit, count.FieldCode)] = Sum(_people.GetValueOrDefault((unit, count.FieldCode), Nobody), count);
                _people[(unit, null)] = Sum(_people.GetValueOrDefault((unit, null), Nobody), count);
            }
        }

        foreach (var (unitId, field) in recruitments)
        {
            foreach (var unit in _units.AncestryOf(unitId).Select(u => u.Id))
            {
                _recruited[(unit, field)] = _recruited.GetValueOrDefault((unit, field)) + 1;
                _recruited[(unit, null)] = _recruited.GetValueOrDefault((unit, null)) + 1;
            }
        }
    }

    public DateOnly On { get; }

    /// <summary>How a small group's share is shown to the caller; null (the indicators, which count only whether targets are met): every figure as it is.</summary>
    public PlanDisclosure? Disclosure { get; set; }

    /// <summary>The figure of <paramref name="measure"/> in the subtree of <paramref name="unitId"/> and <paramref name="fieldCode"/>, beside its target if one is set.</summary>
    public PlanGap Row(Guid unitId, string? fieldCode, PlanMeasure measure)
    {
        var people = _people.GetValueOrDefault((unitId, fieldCode), Nobody);
        var recruited = _recruited.GetValueOrDefault((unitId, fieldCode));
        var row = new PlanGap(this, unitId, _units.TryGetValue(unitId, out var unit) ? unit.Name : "", fieldCode, measure,
            _targets.TryGetValue((unitId, fieldCode, measure), out var target) ? target : null,
            PlanRules.Actual(measure, people, recruited), PlanRules.CountOf(measure, people, recruited), people.Total);
        return Disclosure?.Apply(row) ?? row;
    }

    /// <summary>The same figure in each unit directly below: those open on the day, and closed ones that still count someone.</summary>
    public IReadOnlyList<PlanGap> ByUnit(PlanGap row) =>
        _children[row.UnitId]
            .Where(u => u.IsOpenOn(On) || _people.ContainsKey((u.Id, null)) || _recruited.ContainsKey((u.Id, null)))
            .OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Id)
            .Select(u => Row(u.Id, row.FieldCode, row.Measure))
            .ToList();

    /// <summary>For a figure of every field: the same figure in each field that counts someone or has a target there.</summary>
    public IReadOnlyList<PlanGap> ByField(PlanGap row) =>
        row.FieldCode is not null
            ? []
            : _people.Keys.Concat(_recruited.Keys).Concat(_targets.Keys.Where(k => k.Measure == row.Measure).Select(k => (k.Unit, k.Field)))
                .Where(k => k.Unit == row.UnitId && k.Field is not null)
                .Select(k => k.Field!)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .Select(field => Row(row.UnitId, field, row.Measure))
                .ToList();

    private static WorkforceCount Sum(WorkforceCount a, WorkforceCount b) => new(
        a.UnitId, a.FieldCode, a.Total + b.Total, a.University + b.University, a.Master + b.Master, a.Doctor + b.Doctor,
        a.AssociateProfessors + b.AssociateProfessors, a.Professors + b.Professors, a.Young + b.Young, a.Women + b.Women, a.EthnicMinority + b.EthnicMinority);
}
