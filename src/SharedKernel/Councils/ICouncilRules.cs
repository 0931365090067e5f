namespace TriThuc.SharedKernel.Councils;

/// <summary>
/// The province's rules for a council that judges people or their work, owned by the module that keeps councils
/// (Science) and reached through this contract by the modules that form councils of their own (Talent's honours round).
/// Resolve it as <c>IEnumerable&lt;ICouncilRules&gt;</c>: none when the owning module is not loaded.
/// </summary>
public interface ICouncilRules
{
    /// <summary>Fewest seats a council needs before it can conclude.</summary>
    int MinimumMembers { get; }

    /// <summary>Lowest and highest score a member may give.</summary>
    (int Min, int Max) ScoreRange { get; }

    /// <summary>
    /// Why <paramref name="member"/> may not judge <paramref name="matter"/> (a Vietnamese reason a clerk can read),
    /// or null when they may.
    /// </summary>
    string? ConflictOf(CouncilCandidate member, CouncilMatter matter);

    /// <summary>The verdict from the votes of the members who judge the matter (conflicted members left out beforehand).</summary>
    CouncilResult Decide(IReadOnlyCollection<CouncilVote> votes);
}
