using TriThuc.Host.Indicators;
using TriThuc.SharedKernel.Indicators;

namespace TriThuc.Host.Tests.Indicators;

/// <summary>Values stay exact for judging; only what people read is rounded, and never onto a target the value misses.</summary>
public sealed class IndicatorFigureTests
{
    [Fact]
    public void Four_untrained_among_eighty_thousand_is_not_a_met_target()
    {
        var figure = IndicatorFigure.Of(IndicatorKind.Share, 79_996, 80_000);

        figure.Value.Should().Be(0.99995m);
        var target = new IndicatorTarget(1m, 2030, EveryYear: true);
        TargetPath.Judge(target, figure.Value, expected: 1m).Should().Be(IndicatorStatus.Behind);
        IndicatorDisplay.Format(IndicatorKind.Share, figure.Value).Should().Be("99,99%");
    }

    [Theory]
    [InlineData(0.5, "50%")]
    [InlineData(0.725, "72,5%")]
    [InlineData(0.69996, "69,99%")]
    [InlineData(0.70004, "70,01%")]
    [InlineData(0.7, "70%")]
    [InlineData(1, "100%")]
    [InlineData(0.0000001, "0,01%")]
    public void A_share_is_shown_to_one_decimal_but_never_as_a_whole_percent_it_does_not_reach(double value, string display) =>
        IndicatorDisplay.Format(IndicatorKind.Share, (decimal)value).Should().Be(display);

    [Fact]
    public void Thirds_keep_every_digit_and_are_shown_rounded()
    {
        var figure = IndicatorFigure.Of(IndicatorKind.Share, 2, 3);

        figure.Value.Should().Be(2m / 3);
        IndicatorDisplay.Format(IndicatorKind.Share, figure.Value).Should().Be("66,7%");
    }
}
