namespace TriThuc.Modules.Associations.Terms;

/// <summary>A term (nhiệm kỳ) of an association, from its congress to the next, with the leadership it elected.</summary>
public sealed class Term : Entity
{
    public Guid AssociationId { get; set; }

    /// <summary>As the association names it: "Khóa III, 2023–2028".</summary>
    public string Title { get; set; } = "";

    public string CongressDecision { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public List<TermLeader> Leaders { get; set; } = [];
}
