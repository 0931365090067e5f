namespace TriThuc.SharedKernel.Indicators;

public enum TargetComparison
{
    /// <summary>Met when the value reaches the target or more.</summary>
    AtLeast,

    /// <summary>Met when the value stays at the target or less.</summary>
    AtMost,
}
