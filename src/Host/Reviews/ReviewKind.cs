namespace TriThuc.Host.Reviews;

[System.ComponentModel.Description("Loại báo cáo: sơ kết hay tổng kết.")]
public enum ReviewKind
{
    /// <summary>Sơ kết.</summary>
    [System.ComponentModel.Description("Sơ kết")]
    Interim,

    /// <summary>Tổng kết.</summary>
    [System.ComponentModel.Description("Tổng kết")]
    Final,
}
