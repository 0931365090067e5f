namespace TriThuc.Modules.Science.Fund;

/// <summary>The capital one source brought into the fund: its total in đồng and how many contributions made it.</summary>
public sealed record FundCapitalBySource(FundSource Source, long Amount, int Contributions);
