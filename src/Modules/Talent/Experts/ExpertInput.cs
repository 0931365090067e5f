namespace TriThuc.Modules.Talent.Experts;

public sealed class ExpertInput
{
    public string FullName { get; init; } = "";

    public ExpertOrigin Origin { get; init; }

    public string Country { get; init; } = "";

    public string FieldCode { get; init; } = "";

    public string Organisation { get; init; } = "";

    /// <summary>The Registry intellectual the expert is, if they are on the register; null unlinks.</summary>
    public Guid? IntellectualId { get; init; }
}
