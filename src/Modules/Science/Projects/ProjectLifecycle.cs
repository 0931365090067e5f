namespace TriThuc.Modules.Science.Projects;

/// <summary>
/// The one table of allowed moves between statuses. Anything not listed — skipping a step, going back,
/// leaving a terminal status — is refused with CONFLICT and a message naming the allowed next statuses.
/// </summary>
public static class ProjectLifecycle
{
    public static IReadOnlyDictionary<ProjectStatus, IReadOnlyList<ProjectStatus>> Allowed { get; } =
        new Dictionary<ProjectStatus, IReadOnlyList<ProjectStatus>>
        {
            [ProjectStatus.Proposed] = [ProjectStatus.UnderAppraisal],
            [ProjectStatus.UnderAppraisal] = [ProjectStatus.Approved, ProjectStatus.Rejected],
            [ProjectStatus.Approved] = [ProjectStatus.InProgress],
            [ProjectStatus.Rejected] = [],
            [ProjectStatus.InProgress] = [ProjectStatus.UnderAcceptance],
            [ProjectStatus.UnderAcceptance] = [ProjectStatus.Accepted, ProjectStatus.Failed],
            [ProjectStatus.Accepted] = [ProjectStatus.AppliedInPractice],
            [ProjectStatus.Failed] = [],
            [ProjectStatus.AppliedInPractice] = [],
        };

    public static void RequireAllowed(ProjectStatus from, ProjectStatus to)
    {
        var next = Allowed[from];
        if (next.Contains(to))
        {
            return;
        }

        var allowed = next.Count == 0
            ? "đây là trạng thái cuối, không chuyển tiếp được"
            : "chỉ có thể chuyển sang: " + string.Join(", ", next.Select(ProjectNames.Of));
        throw DomainException.Conflict(
            $"Không thể chuyển đề tài từ '{ProjectNames.Of(from)}' sang '{ProjectNames.Of(to)}'; {allowed}.", "status");
    }
}
