using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Courses;

public sealed class CourseInput
{
    public string Title { get; init; } = "";

    public TrainingKind Kind { get; init; }

    public int Hours { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }
}
