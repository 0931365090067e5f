using TriThuc.Host.Indicators;
using TriThuc.SharedKernel.Indicators;

namespace TriThuc.Host.Tests.Indicators;

public sealed class TargetPathTests
{
    private static readonly DateOnly Baseline = new(2024, 1, 1);

    [Fact]
    public void A_deadline_target_runs_in_a_straight_line_from_the_baseline_value()
    {
        var target = new IndicatorTarget(0.70m, 2030);

        TargetPath.Expected(target, 0.10m, Baseline, Baseline).Should().Be(0.10m);
        TargetPath.Expected(target, 0.10m, Baseline, new DateOnly(2027, 7, 2)).Should().BeApproximately(0.40m, 0.001m, "halfway in time is halfway in value");
        TargetPath.Expected(target, 0.10m, Baseline, new DateOnly(2031, 5, 1)).Should().Be(0.70m);
    }

    [Fact]
    public void A_yearly_target_starts_from_zero_each_first_of_january()
    {
        var target = new IndicatorTarget(1m, 2030, EveryYear: true);

        TargetPath.Expected(target, 0.9m, Baseline, new DateOnly(2026, 1, 1)).Should().BeApproximately(1m / 365, 0.0001m);
        TargetPath.Expected(target, 0.9m, Baseline, new DateOnly(2026, 7, 2)).Should().BeApproximately(0.5m, 0.002m);
        TargetPath.Expected(target, 0.9m, Baseline, new DateOnly(2026, 12, 31)).Should().Be(1m);
    }

    [Theory]
    [InlineData(0.70, 0.40, "Met")]
    [InlineData(0.45, 0.40, "OnTrack")]
    [InlineData(0.40, 0.40, "OnTrack")]
    [InlineData(0.39, 0.40, "Behind")]
    public void At_least_targets_are_met_on_track_or_behind(double value, double expected, string status) =>
        TargetPath.Judge(new IndicatorTarget(0.70m, 2030), (decimal)value, (decimal)expected).Should().Be(Enum.Parse<IndicatorStatus>(status));

    [Theory]
    [InlineData(0.05, 0.08, "Met")]
    [InlineData(0.12, 0.15, "OnTrack")]
    [InlineData(0.20, 0.15, "Behind")]
    public void At_most_targets_are_judged_the_other_way_round(double value, double expected, string status) =>
        TargetPath.Judge(new IndicatorTarget(0.10m, 2030, TargetComparison.AtMost), (decimal)value, (decimal)expected).Should().Be(Enum.Parse<IndicatorStatus>(status));

    [Fact]
    public void Nothing_to_judge_without_a_value_or_a_target()
    {
        TargetPath.Judge(new IndicatorTarget(0.70m, 2030), null, 0.3m).Should().Be(IndicatorStatus.NoData);
        TargetPath.Judge(null, 0.5m, null).Should().BeNull();
    }
}
