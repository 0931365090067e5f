using TriThuc.Host.Indicators;
using TriThuc.SharedKernel.Indicators;

namespace TriThuc.Host.Tests.Indicators;

public sealed class IndicatorBreakdownTests
{
    private static readonly Guid Province = Guid.NewGuid(), Department = Guid.NewGuid(), OldDistrict = Guid.NewGuid(),
        MergedCommune = Guid.NewGuid(), NewCommune = Guid.NewGuid(), Vanished = Guid.NewGuid();

    private static readonly IndicatorUnit[] Units =
    [
        new(Province, "01", "Tỉnh", null, new(1991, 1, 1), null, null),
        new(Department, "02", "Sở", Province, new(1991, 1, 1), null, null),
        new(OldDistrict, "03", "Huyện cũ", Province, new(2000, 1, 1), new(2025, 6, 30), MergedCommune),
        new(MergedCommune, "04", "Xã sau sáp nhập lần 1", Province, new(2025, 7, 1), new(2026, 1, 31), NewCommune),
        new(NewCommune, "05", "Xã mới", Province, new(2026, 2, 1), null, null),
        new(Vanished, "06", "Đơn vị giải thể", Province, new(2000, 1, 1), new(2020, 1, 1), null),
    ];

    private static readonly IndicatorDefinition Share = new()
    {
        Code = "X1", Name = "Thử", Description = "Thử", Kind = IndicatorKind.Share, Period = IndicatorPeriodKind.AtDate,
        Numerator = "tử", Denominator = "mẫu", Dimensions = [IndicatorDimension.Gender],
    };

    private static readonly IndicatorPopulation Population = new(
    [
        Subject(Department, true, "Male"),
        Subject(Department, false, "Female"),
        Subject(OldDistrict, true, "Female"),
        Subject(Vanished, false, null),
    ], Units, new Dictionary<string, IReadOnlyDictionary<string, string>> { ["gender"] = new Dictionary<string, string> { ["Female"] = "Nữ" } });

    [Fact]
    public void Units_roll_up_and_a_merged_unit_follows_its_chain_of_successors_to_the_day_measured()
    {
        var rows = IndicatorBreakdown.By(Share, Population, IndicatorDimension.UnitKey, new DateOnly(2026, 3, 1));

        rows.Select(r => (r.Name, r.Depth, r.Figure.Numerator, r.Figure.Denominator)).Should().Equal(
            ("Tỉnh", 0, 2m, 3m),
            ("Sở", 1, 1m, 2m),
            ("Xã mới", 1, 1m, 1m),
            ("Không xác định", 0, 0m, 1m));
        rows[1].ParentKey.Should().Be(Province.ToString());
    }

    [Fact]
    public void A_past_day_sees_the_units_as_they_were()
    {
        var rows = IndicatorBreakdown.By(Share, Population, IndicatorDimension.UnitKey, new DateOnly(2025, 8, 1));

        rows.Select(r => r.Name).Should().Equal("Tỉnh", "Sở", "Xã sau sáp nhập lần 1", "Không xác định");
    }

    [Fact]
    public void A_unit_not_yet_open_on_the_day_counts_under_its_nearest_open_ancestor()
    {
        var units = Units.ToDictionary(u => u.Id);

        IndicatorBreakdown.UnitOn(NewCommune, units, new DateOnly(2025, 1, 1)).Should().Be(Province, "the commune opens only in 2026");
        IndicatorBreakdown.UnitOn(NewCommune, units, new DateOnly(2026, 3, 1)).Should().Be(NewCommune);
        IndicatorBreakdown.UnitOn(Vanished, units, new DateOnly(2026, 3, 1)).Should().BeNull("a unit closed without a successor cannot be placed");

        var rows = IndicatorBreakdown.By(
            Share, new IndicatorPopulation([Subject(NewCommune, true, null)], Units), IndicatorDimension.UnitKey, new DateOnly(2025, 1, 1));
        rows.Select(r => (r.Name, r.Figure.Denominator)).Should().Equal(("Tỉnh", 1m));
    }

    [Fact]
    public void Other_dimensions_group_by_value_with_readable_names_and_keep_the_unknown()
    {
        var rows = IndicatorBreakdown.By(Share, Population, "gender", new DateOnly(2026, 3, 1));

        rows.Select(r => (r.Key, r.Name, r.Figure.Value)).Should().Equal(
            ("Female", "Nữ", 0.5m),
            ("Male", "Male", 1m),
            ("unknown", "Không xác định", 0m));
    }

    [Fact]
    public void A_share_with_nobody_in_the_denominator_has_no_value()
    {
        IndicatorFigure.Of(IndicatorKind.Share, []).Value.Should().BeNull();
        IndicatorFigure.Of(IndicatorKind.Count, []).Value.Should().Be(0);
    }

    private static IndicatorSubject Subject(Guid unit, bool inNumerator, string? gender) => new(Guid.NewGuid(), unit, inNumerator, 1, [gender]);
}
