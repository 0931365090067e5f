namespace TriThuc.Modules.Associations.Associations;

public sealed class CharterAmendmentInput
{
    public int TermYears { get; init; }

    public string Number { get; init; } = "";

    public DateOnly DecidedOn { get; init; }
}
