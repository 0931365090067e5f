namespace TriThuc.Host.Indicators;

/// <summary>
/// Breaks a population down by one dimension. By unit, each subject is placed in its unit as it stood on
/// the measured day — a unit closed before then hands its subjects to its successor, one not yet open to
/// its parent — and each unit's figure rolls up everything below it. Other dimensions group by value,
/// largest group first, the unknown last.
/// </summary>
internal static class IndicatorBreakdown
{
    public const string UnknownKey = "unknown";
    private const string UnknownName = "Không xác định";

    public static IReadOnlyList<IndicatorBreakdownRow> By(IndicatorDefinition definition, IndicatorPopulation population, string dimensionKey, DateOnly asOf)
    {
        if (dimensionKey == IndicatorDimension.UnitKey)
        {
            return ByUnit(definition.Kind, population, asOf);
        }

        var index = IndexOf(definition, dimensionKey);
        return population.Subjects
            .GroupBy(s => s.Dimensions.Count > index ? s.Dimensions[index] : null)
            .Select(g => new IndicatorBreakdownRow(
                g.Key ?? UnknownKey,
                g.Key is null ? UnknownName : population.NameOf(dimensionKey, g.Key),
                null,
                0,
                IndicatorFigure.Of(definition.Kind, g)))
            .OrderBy(r => r.Key == UnknownKey)
            .ThenByDescending(r => r.Figure.Denominator ?? r.Figure.Numerator)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The position of a dimension among the definition's; an unknown key is the caller's mistake.</summary>
    public static int IndexOf(IndicatorDefinition definition, string dimensionKey)
    {
        for (var i = 0; i < definition.Dimensions.Count; i++)
        {
            if (definition.Dimensions[i].Key == dimensionKey)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(dimensionKey), dimensionKey, $"Indicator {definition.Code} has no dimension '{dimensionKey}'.");
    }

    /// <summary>
    /// The unit a subject counts under on <paramref name="asOf"/>: its own; the successor of a closed one; for a unit
    /// not yet open, its nearest ancestor that stands on the day. Null when no such unit can be found.
    /// </summary>
    public static Guid? UnitOn(Guid? unitId, IReadOnlyDictionary<Guid, IndicatorUnit> units, DateOnly asOf)
    {
        for (var hops = 0; unitId is { } id && hops < 50; hops++)
        {
            if (!units.TryGetValue(id, out var unit))
            {
                return null;
            }

            if (unit.IsOpenOn(asOf))
            {
                return id;
            }

            unitId = unit.ValidFrom > asOf ? unit.ParentId : unit.SuccessorId;
        }

        return null;
    }

    private static List<IndicatorBreakdownRow> ByUnit(IndicatorKind kind, IndicatorPopulation population, DateOnly asOf)
    {
        var units = population.Units.ToDictionary(u => u.Id);
        var open = population.Units.Where(u => u.IsOpenOn(asOf)).ToDictionary(u => u.Id);
        var own = new Dictionary<Guid, (decimal Numerator, decimal All)>();
        decimal unknownNumerator = 0, unknownAll = 0;
        foreach (var subject in population.Subjects)
        {
            var numerator = subject.InNumerator ? subject.Weight : 0;
            if (UnitOn(subject.UnitId, units, asOf) is { } unitId)
            {
                var sums = own.GetValueOrDefault(unitId);
                own[unitId] = (sums.Numerator + numerator, sums.All + subject.Weight);
            }
            else
            {
                unknownNumerator += numerator;
                unknownAll += subject.Weight;
            }
        }

        Guid? ParentOf(IndicatorUnit unit) => unit.ParentId is { } parent && open.ContainsKey(parent) ? parent : null;
        var children = open.Values.ToLookup(ParentOf);
        var rows = new List<IndicatorBreakdownRow?>();

        (decimal Numerator, decimal All) Visit(IndicatorUnit unit, int depth)
        {
            var position = rows.Count;
            rows.Add(null); // filled once the subtree is summed, so that rows stay in tree order
            var total = own.GetValueOrDefault(unit.Id);
            foreach (var child in children[unit.Id].OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                var sub = Visit(child, depth + 1);
                total = (total.Numerator + sub.Numerator, total.All + sub.All);
            }

            rows[position] = total.All == 0 ? null : new IndicatorBreakdownRow(
                unit.Id.ToString(), unit.Name, ParentOf(unit)?.ToString(), depth, IndicatorFigure.Of(kind, total.Numerator, total.All));
            return total;
        }

        foreach (var root in children[null].OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            Visit(root, 0);
        }

        var result = rows.OfType<IndicatorBreakdownRow>().ToList();
        if (unknownAll > 0)
        {
            result.Add(new IndicatorBreakdownRow(UnknownKey, UnknownName, null, 0, IndicatorFigure.Of(kind, unknownNumerator, unknownAll)));
        }

        return result;
    }
}
