namespace TriThuc.SharedKernel.Indicators;

/// <summary>Whether an indicator counts a state on one day or events within a year.</summary>
[System.ComponentModel.Description("Chỉ tiêu đo tình trạng tại một ngày hay cộng dồn trong năm.")]
public enum IndicatorPeriodKind
{
    /// <summary>A state on the measured day (leaders in post, people on the register). "For a year" means on its last day.</summary>
    [System.ComponentModel.Description("Tình trạng tại ngày đo")]
    AtDate,

    /// <summary>Events from 1 January to the measured day (trainings attended, money disbursed). "At a date" means the year to that date.</summary>
    [System.ComponentModel.Description("Cộng dồn từ 1/1 đến ngày đo")]
    YearToDate,
}
