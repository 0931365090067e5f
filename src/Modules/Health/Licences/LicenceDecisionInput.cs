namespace TriThuc.Modules.Health.Licences;

public sealed class LicenceDecisionInput
{
    public string Number { get; init; } = "";

    public DateOnly DecidedOn { get; init; }

    public string Reason { get; init; } = "";
}
