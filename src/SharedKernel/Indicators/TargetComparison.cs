namespace TriThuc.SharedKernel.Indicators;

[System.ComponentModel.Description("Cách so với mục tiêu.")]
public enum TargetComparison
{
    /// <summary>Met when the value reaches the target or more.</summary>
    [System.ComponentModel.Description("Đạt khi bằng hoặc vượt mục tiêu")]
    AtLeast,

    /// <summary>Met when the value stays at the target or less.</summary>
    [System.ComponentModel.Description("Đạt khi không vượt mục tiêu")]
    AtMost,
}
