namespace TriThuc.Modules.Talent.Plans;

public sealed class WorkforcePlanInput
{
    public string Code { get; init; } = "";

    public string Title { get; init; } = "";

    public int FromYear { get; init; }

    public int ToYear { get; init; }

    public string? Decision { get; init; }

    public int? YoungUnderAge { get; init; }
}

public sealed class PlanTargetInput
{
    public int Year { get; init; }

    public Guid UnitId { get; init; }

    public string? FieldCode { get; init; }

    public PlanMeasure Measure { get; init; }

    public decimal Value { get; init; }
}
