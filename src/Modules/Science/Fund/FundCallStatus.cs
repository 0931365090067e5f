namespace TriThuc.Modules.Science.Fund;

/// <summary>Where a call stands today: not yet open, taking applications, or closed.</summary>
public enum FundCallStatus
{
    Upcoming,
    Open,
    Closed,
}
