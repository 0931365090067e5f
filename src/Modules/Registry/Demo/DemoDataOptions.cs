namespace TriThuc.Modules.Registry.Demo;

/// <summary>
/// Settings under TriThuc:Modules:Registry:DemoData. On a database with no people yet, the Registry
/// generates a province of <see cref="People"/> intellectuals at start-up when <see cref="Enabled"/>
/// (by default only in the Development environment, which `dotnet run` uses).
/// </summary>
public sealed class DemoDataOptions
{
    public bool? Enabled { get; set; }

    public int People { get; set; } = 2_000;

    /// <summary>Trainings a working person attends a year, on average, over the last five years (2.4 gives about a million for 100,000 people).</summary>
    public double TrainingsPerYear { get; set; } = 0.45;

    /// <summary>The random seed: the same seed and size give the same province.</summary>
    public int Seed { get; set; } = 45;
}
