namespace TriThuc.Modules.Associations.Members;

/// <summary>
/// A member of an association: a Registry intellectual, or an external person named here; joined and left dates and
/// the dues paid by year. The status on a day follows from them (<see cref="MemberStatusRule"/>).
/// </summary>
public sealed class Member : Entity
{
    public Guid AssociationId { get; set; }

    /// <summary>The Registry intellectual; null for an external person.</summary>
    [DataSubject]
    public Guid? PersonId { get; set; }

    /// <summary>The name of an external person (not in the Registry); null for an intellectual.</summary>
    public string? ExternalName { get; set; }

    public MemberKind Kind { get; set; }

    public DateOnly JoinedOn { get; set; }

    /// <summary>The last day of membership; null while a member.</summary>
    public DateOnly? LeftOn { get; set; }

    public List<MemberDues> Dues { get; set; } = [];

    public MemberStatus? StatusOn(DateOnly day, int graceDays) =>
        MemberStatusRule.On(day, JoinedOn, LeftOn, Kind, Dues.Select(d => d.Year), graceDays);
}
