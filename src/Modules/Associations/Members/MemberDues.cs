namespace TriThuc.Modules.Associations.Members;

/// <summary>The dues of one year, paid on a day; one row per member and year.</summary>
public sealed class MemberDues : Entity
{
    [DataSubjectVia(typeof(Member), nameof(Member.PersonId))]
    public Guid MemberId { get; set; }

    public int Year { get; set; }

    public DateOnly PaidOn { get; set; }

    /// <summary>In đồng.</summary>
    public long Amount { get; set; }
}
