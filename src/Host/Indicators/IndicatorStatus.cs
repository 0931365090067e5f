namespace TriThuc.Host.Indicators;

/// <summary>Where an indicator stands against its target, judged against a straight path from the baseline to the target.</summary>
[System.ComponentModel.Description("Tình trạng so với mục tiêu, theo lộ trình đường thẳng từ năm gốc tới hạn.")]
public enum IndicatorStatus
{
    /// <summary>The target is reached.</summary>
    [System.ComponentModel.Description("Đạt mục tiêu")]
    Met,

    /// <summary>Not reached yet, but at or ahead of the straight path to the deadline.</summary>
    [System.ComponentModel.Description("Chưa đạt nhưng đúng lộ trình")]
    OnTrack,

    /// <summary>Below the straight path.</summary>
    [System.ComponentModel.Description("Chậm so với lộ trình")]
    Behind,

    /// <summary>Nobody in the denominator: there is nothing to judge.</summary>
    [System.ComponentModel.Description("Chưa có số liệu (mẫu số bằng 0)")]
    NoData,
}
