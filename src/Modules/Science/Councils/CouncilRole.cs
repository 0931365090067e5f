namespace TriThuc.Modules.Science.Councils;

/// <summary>A seat's role: a council has at most one chair and one secretary.</summary>
public enum CouncilRole
{
    Chair,
    Reviewer,
    Secretary,
    Member,
}
