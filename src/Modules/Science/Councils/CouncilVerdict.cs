namespace TriThuc.Modules.Science.Councils;

public enum CouncilVerdict
{
    /// <summary>Not enough seats, no chair, or a member has not scored yet.</summary>
    Pending,
    Pass,
    Fail,
}
