namespace TriThuc.Modules.Associations.Consultations;

/// <summary>A user (the token's subject) who sends requests and answers recommendations for one agency (a Registry unit).</summary>
public sealed class AgencyResponder : Entity
{
    public Guid UnitId { get; set; }

    public string UserId { get; set; } = "";
}
