namespace TriThuc.Modules.Science.Projects;

/// <summary>The grade an accepted project receives (xuất sắc, khá, đạt).</summary>
public enum AcceptanceGrade
{
    Excellent,
    Good,
    Pass,
}
