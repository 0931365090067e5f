namespace TriThuc.Modules.Science.Fund;

/// <summary>A payment of part of a grant, in VND, on a day.</summary>
public sealed class Disbursement : Entity
{
    public Guid GrantId { get; set; }

    public long Amount { get; set; }

    public DateOnly PaidOn { get; set; }
}
