namespace TriThuc.Modules.Science.Projects;

/// <summary>
/// The key a project's read-check-write work is serialized on (<c>SerializedAsync</c>): its lifecycle moves and
/// its councils' seats and scores, so that a move and a council change never interleave.
/// </summary>
public static class ProjectLock
{
    public static string For(Guid projectId) => "science:project:" + projectId.ToString("N");
}
