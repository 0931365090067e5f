namespace TriThuc.Modules.Science.Fund;

/// <summary>A payment of part of a grant, in VND, on a day.</summary>
public sealed class Disbursement : Entity
{
    /// <summary>The grant paid; through it and its application, the applicant (a restricted applicant is paid nothing more).</summary>
    [DataSubjectVia(typeof(Grant), nameof(Grant.ApplicationId))]
    public Guid GrantId { get; set; }

    public long Amount { get; set; }

    public DateOnly PaidOn { get; set; }
}
