namespace TriThuc.Modules.Science.Fund;

public sealed class ContributionInput
{
    public FundSource Source { get; init; }

    public string Contributor { get; init; } = "";

    public long Amount { get; init; }

    public DateOnly ReceivedOn { get; init; }
}

public sealed class FundCallInput
{
    public string Code { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly OpensOn { get; init; }

    public DateOnly ClosesOn { get; init; }

    public long Budget { get; init; }
}

public sealed class FundApplicationInput
{
    public Guid CallId { get; init; }

    public string Title { get; init; } = "";

    public string ApplicantName { get; init; } = "";

    public Guid? ApplicantUnitId { get; init; }

    public Guid? ApplicantIntellectualId { get; init; }

    public long RequestedAmount { get; init; }

    public DateOnly SubmittedOn { get; init; }
}
