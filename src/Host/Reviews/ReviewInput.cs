namespace TriThuc.Host.Reviews;

public sealed class ReviewInput
{
    public ReviewKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The day the indicators are frozen at; today when omitted.</summary>
    public DateOnly? AsOf { get; set; }

    public string? Note { get; set; }
}
