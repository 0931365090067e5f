using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Plans;

/// <summary>The checks a plan and its targets pass, and how a measure is read from the Registry's counts.</summary>
public static class PlanRules
{
    public const int MaxTitleLength = 300, MaxCodeLength = 40, MaxDecisionLength = 60, MaxYears = 10, DefaultYoungUnderAge = 35, MaxTargets = 2000;

    public static WorkforcePlan New(WorkforcePlanInput input)
    {
        Require.Year(input.FromYear, "fromYear");
        Require.Year(input.ToYear, "toYear");
        if (input.ToYear < input.FromYear || input.ToYear - input.FromYear >= MaxYears)
        {
            throw DomainException.Validation("toYear", $"Năm cuối của kế hoạch phải từ năm {input.FromYear} đến năm {input.FromYear + MaxYears - 1} (tối đa {MaxYears} năm).");
        }

        if (input.YoungUnderAge is < 25 or > 45)
        {
            throw DomainException.Validation("youngUnderAge", "Tuổi để tính trí thức trẻ phải từ 25 đến 45 (mặc định: dưới 35 tuổi).");
        }

        return new WorkforcePlan
        {
            Code = Codes.Require(input.Code, MaxCodeLength, "code", "Mã kế hoạch"),
            Title = Require.Text(input.Title, MaxTitleLength, "title", "Tên kế hoạch"),
            FromYear = input.FromYear,
            ToYear = input.ToYear,
            Decision = string.IsNullOrWhiteSpace(input.Decision) ? null : Require.Text(input.Decision, MaxDecisionLength, "decision", "Số quyết định phê duyệt"),
            YoungUnderAge = input.YoungUnderAge ?? DefaultYoungUnderAge,
        };
    }

    /// <summary>
    /// Sets the targets on the plan: a target of the same year, unit, field and measure is replaced, the others added.
    /// Every target is checked before any is set, so that a refused list changes nothing.
    /// </summary>
    public static IReadOnlyList<PlanTarget> Set(WorkforcePlan plan, IReadOnlyList<PlanTargetInput> inputs, IReadOnlySet<Guid> knownUnits)
    {
        if (inputs.Count is 0 or > MaxTargets)
        {
            throw DomainException.Validation("targets", $"Cần từ 1 đến {MaxTargets} chỉ tiêu trong một lần ghi.");
        }

        var checkedTargets = inputs.Select((t, i) => Check(plan, t, i, knownUnits)).ToList();
        var twice = checkedTargets.GroupBy(Key).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw DomainException.Validation($"targets[{checkedTargets.LastIndexOf(twice.Last())}]",
                $"Chỉ tiêu '{EnumLabels.Of(twice.Key.Measure)}' năm {twice.Key.Year} cho cùng đơn vị và lĩnh vực được ghi hai lần trong danh sách.");
        }

        var added = new List<PlanTarget>();
        foreach (var target in checkedTargets)
        {
            if (plan.Targets.FirstOrDefault(t => Key(t) == Key(target)) is { } existing)
            {
                existing.Value = target.Value;
            }
            else
            {
                plan.Targets.Add(target);
                added.Add(target);
            }
        }

        return added;
    }

    public static bool IsShare(PlanMeasure measure) => measure is PlanMeasure.YoungShare or PlanMeasure.WomenShare or PlanMeasure.EthnicMinorityShare;

    /// <summary>
    /// What the measure counts among the people of <paramref name="figures"/> (for a share, its numerator; the denominator
    /// is everyone), or, for <see cref="PlanMeasure.Recruited"/>, the <paramref name="recruited"/> of the year to the day.
    /// </summary>
    public static int CountOf(PlanMeasure measure, WorkforceCount figures, int recruited) => measure switch
    {
        PlanMeasure.Recruited => recruited,
        PlanMeasure.Headcount => figures.Total,
        PlanMeasure.University => figures.University,
        PlanMeasure.Master => figures.Master,
        PlanMeasure.Doctor => figures.Doctor,
        PlanMeasure.AssociateProfessor => figures.AssociateProfessors,
        PlanMeasure.Professor => figures.Professors,
        PlanMeasure.YoungShare => figures.Young,
        PlanMeasure.WomenShare => figures.Women,
        PlanMeasure.EthnicMinorityShare => figures.EthnicMinority,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The figure a target is compared with: the count, or the share rounded to four places (0 when nobody is counted).</summary>
    public static decimal Actual(PlanMeasure measure, WorkforceCount figures, int recruited) =>
        !IsShare(measure) ? CountOf(measure, figures, recruited)
        : figures.Total == 0 ? 0m
        : Math.Round((decimal)CountOf(measure, figures, recruited) / figures.Total, 4);

    private static PlanTarget Check(WorkforcePlan plan, PlanTargetInput input, int index, IReadOnlySet<Guid> knownUnits)
    {
        var at = $"targets[{index}].";
        if (input.Year < plan.FromYear || input.Year > plan.ToYear)
        {
            throw DomainException.Validation(at + "year", $"Năm {input.Year} nằm ngoài kỳ kế hoạch {plan.FromYear}–{plan.ToYear}.");
        }

        if (!knownUnits.Contains(input.UnitId))
        {
            throw DomainException.Validation(at + "unitId", "Không tìm thấy đơn vị trong cơ sở dữ liệu trí thức.");
        }

        if (input.Value < 0 || (IsShare(input.Measure) ? input.Value > 1 : input.Value != Math.Floor(input.Value)))
        {
            throw DomainException.Validation(at + "value", IsShare(input.Measure)
                ? $"'{EnumLabels.Of(input.Measure)}' là tỷ lệ từ 0 đến 1 (0,3 là 30%)."
                : $"'{EnumLabels.Of(input.Measure)}' là số người: một số nguyên không âm.");
        }

        return new PlanTarget
        {
            PlanId = plan.Id, Year = input.Year, UnitId = input.UnitId, Measure = input.Measure, Value = input.Value,
            FieldCode = Codes.Optional(input.FieldCode, MaxCodeLength, at + "fieldCode", "Mã lĩnh vực"),
        };
    }

    private static (int Year, Guid UnitId, string? FieldCode, PlanMeasure Measure) Key(PlanTarget t) => (t.Year, t.UnitId, t.FieldCode, t.Measure);
}
