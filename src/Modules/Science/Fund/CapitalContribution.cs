namespace TriThuc.Modules.Science.Fund;

/// <summary>Money paid into the fund, in VND, on a day.</summary>
public sealed class CapitalContribution : Entity
{
    public FundSource Source { get; set; }

    /// <summary>Who contributed: "Ngân sách tỉnh", an enterprise's name...</summary>
    public string Contributor { get; set; } = "";

    public long Amount { get; set; }

    public DateOnly ReceivedOn { get; set; }
}
