namespace TriThuc.Modules.Science.Fund;

/// <summary>A proposal answering a call, from a Registry unit (a firm or institute) or a Registry person, or both.</summary>
public sealed class FundApplication : Entity
{
    public Guid CallId { get; set; }

    public string Title { get; set; } = "";

    public string ApplicantName { get; set; } = "";

    public Guid? ApplicantUnitId { get; set; }

    [DataSubject]
    public Guid? ApplicantIntellectualId { get; set; }

    public long RequestedAmount { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public FundApplicationStatus Status { get; set; } = FundApplicationStatus.Submitted;
}
