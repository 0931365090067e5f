namespace TriThuc.Modules.Talent.Cases;

/// <summary>The decision a transition is made by: its number and the day it takes effect.</summary>
public sealed class DecisionInput
{
    public string Number { get; init; } = "";

    public DateOnly DecidedOn { get; init; }
}
