namespace TriThuc.Modules.Science.Fund;

public enum FundApplicationStatus
{
    Submitted,
    Granted,
    Declined,
}
