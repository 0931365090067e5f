namespace TriThuc.Modules.Science.Fund;

/// <summary>Money the fund commits to one application; it is paid out in disbursements.</summary>
public sealed class Grant : Entity
{
    [DataSubjectVia(typeof(FundApplication), nameof(FundApplication.ApplicantIntellectualId))]
    public Guid ApplicationId { get; set; }

    public Guid CallId { get; set; }

    /// <summary>The application's title, kept on the grant for lists and indicator drill-downs.</summary>
    public string Name { get; set; } = "";

    /// <summary>The applicant's unit, for rolling figures up the unit tree.</summary>
    public Guid? UnitId { get; set; }

    public long Amount { get; set; }

    public DateOnly AwardedOn { get; set; }
}
