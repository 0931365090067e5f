namespace TriThuc.Modules.Science.Projects;

/// <summary>Where a science &amp; technology project stands in its life; the allowed moves are in <see cref="ProjectLifecycle"/>.</summary>
public enum ProjectStatus
{
    Proposed,
    UnderAppraisal,
    Approved,
    Rejected,
    InProgress,
    UnderAcceptance,
    Accepted,
    Failed,
    AppliedInPractice,
}
