namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// The platform's small-group rule (<see cref="SmallGroupRule"/>) applied to the plan's figures: the share of young,
/// women or ethnic-minority intellectuals in a unit and field of fewer people than the rule's minimum tells who they
/// are. Such a figure is withheld (<see cref="PlanGap.Suppressed"/>) from a caller without <c>personal-data:read</c>;
/// shown to one with it, and the read logged with the unit as the record and the measure and field as what was read.
/// Counts of people (headcount, degrees, titles, recruitments) are aggregates and always shown.
/// </summary>
public sealed class PlanDisclosure(SmallGroupRule rule, bool mayReadPersonalData, ISensitiveReadLog readLog)
{
    public const string RecordType = "TalentPlanSmallGroup";

    public PlanGap Apply(PlanGap row)
    {
        if (!PlanRules.IsShare(row.Measure) || !rule.IsSmall(row.Total))
        {
            return row;
        }

        if (!mayReadPersonalData)
        {
            return row with { Suppressed = true };
        }

        readLog.Record(RecordType, row.UnitId.ToString(), $"{row.Measure.ToString().ToConstantCase()}:{row.FieldCode ?? "*"}");
        return row;
    }
}
