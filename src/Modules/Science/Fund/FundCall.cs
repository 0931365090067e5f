namespace TriThuc.Modules.Science.Fund;

/// <summary>A call for proposals: applications are accepted between its opening and closing days, grants stay within its budget.</summary>
public sealed class FundCall : Entity
{
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    /// <summary>VND: the most its grants may add up to.</summary>
    public long Budget { get; set; }
}
