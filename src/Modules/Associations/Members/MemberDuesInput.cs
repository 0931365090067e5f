namespace TriThuc.Modules.Associations.Members;

public sealed class MemberDuesInput
{
    public int Year { get; init; }

    public DateOnly PaidOn { get; init; }

    public long Amount { get; init; }
}
