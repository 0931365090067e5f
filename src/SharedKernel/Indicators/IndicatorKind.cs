namespace TriThuc.SharedKernel.Indicators;

/// <summary>How an indicator's value is formed from its subjects.</summary>
[System.ComponentModel.Description("Cách tính chỉ tiêu.")]
public enum IndicatorKind
{
    /// <summary>Numerator over denominator: the weight of subjects in the numerator over the weight of all subjects (a percentage).</summary>
    [System.ComponentModel.Description("Tỷ lệ: tử số trên mẫu số (phần trăm)")]
    Share,

    /// <summary>The number of subjects (people, projects...).</summary>
    [System.ComponentModel.Description("Số lượng (người, đề tài…)")]
    Count,

    /// <summary>The sum of the subjects' weights, e.g. money in VND.</summary>
    [System.ComponentModel.Description("Tổng số tiền (đồng)")]
    Amount,
}
