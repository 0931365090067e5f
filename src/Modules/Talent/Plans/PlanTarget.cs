namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// What a plan asks for one year in a unit's subtree and one field (every field when <see cref="FieldCode"/> is null):
/// a head count, or a share (0.3 is 30%). A target is met when the Registry's figure reaches it.
/// </summary>
public sealed class PlanTarget : Entity
{
    public Guid PlanId { get; set; }

    public int Year { get; set; }

    public Guid UnitId { get; set; }

    public string? FieldCode { get; set; }

    public PlanMeasure Measure { get; set; }

    public decimal Value { get; set; }
}
