namespace TriThuc.Modules.Science.Fund;

/// <summary>Where the innovation investment fund's capital comes from.</summary>
public enum FundSource
{
    StateBudget,
    Enterprise,
    Donation,
    Other,
}
