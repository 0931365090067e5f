namespace TriThuc.Modules.University.Enrolments;

public sealed class EnrolmentResultInput
{
    public Guid EnrolmentId { get; init; }

    public int AttendedHours { get; init; }

    public EnrolmentResult Result { get; init; }

    public string? Certificate { get; init; }
}
