namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>The checks a new record passes, each refusal naming its field in words a clerk can act on.</summary>
public static class TeachingAssignmentRules
{
    public const int MaxTitleLength = 300;

    public static TeachingAssignment New(TeachingAssignmentInput input, DateOnly today)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Môn dạy");
        Require.NotAfter(input.StartedOn, today, "startedOn");
        return new TeachingAssignment
        {
            PersonId = input.PersonId, UnitId = input.UnitId, Title = title, StartedOn = input.StartedOn, Employment = input.Employment, IsCoreTeacher = input.IsCoreTeacher,
        };
    }

    public static void End(TeachingAssignment teachingAssignment, DateOnly endedOn, DateOnly today)
    {
        if (teachingAssignment.EndedOn is { } ended)
        {
            throw DomainException.Conflict($"Phân công này đã kết thúc ngày {ended:dd/MM/yyyy}.", "endedOn");
        }

        Require.NotAfter(endedOn, today, "endedOn");
        if (endedOn < teachingAssignment.StartedOn)
        {
            throw DomainException.Validation("endedOn", $"Ngày kết thúc phải sau ngày bắt đầu ({teachingAssignment.StartedOn:dd/MM/yyyy}).");
        }

        teachingAssignment.EndedOn = endedOn;
    }
}
