namespace TriThuc.Host.Reviews;

public enum ReviewKind
{
    /// <summary>Sơ kết.</summary>
    Interim,

    /// <summary>Tổng kết.</summary>
    Final,
}
