using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Courses;

namespace TriThuc.Modules.University.Enrolments;

/// <summary>The checks of an enrolment and its result, and what a pass tells the Registry.</summary>
public static class EnrolmentRules
{
    public const int MaxCertificateLength = 100;

    /// <summary>The share of a course's hours a learner must attend to pass: the branch's rule, four fifths.</summary>
    public const decimal MinimumAttendanceShare = 0.8m;

    public static Enrolment New(EnrolmentInput input, Course course, DateOnly today)
    {
        var enrolledOn = input.EnrolledOn ?? today;
        Require.NotAfter(enrolledOn, today, "enrolledOn");
        if (enrolledOn > course.EndDate)
        {
            throw DomainException.Validation("enrolledOn", $"Khóa học '{course.Title}' đã kết thúc ngày {course.EndDate:dd/MM/yyyy}; không ghi danh sau ngày đó.");
        }

        return new Enrolment { CourseId = course.Id, PersonId = input.PersonId, EnrolledOn = enrolledOn, Result = EnrolmentResult.Enrolled };
    }

    /// <summary>Records attendance and the result; a pass is final, because the Registry has been told of it.</summary>
    public static void RecordResult(Enrolment enrolment, Course course, EnrolmentResultInput input, DateOnly today)
    {
        if (enrolment.Result == EnrolmentResult.Passed)
        {
            throw DomainException.Conflict($"Học viên đã được ghi nhận đạt ngày {enrolment.ResultOn:dd/MM/yyyy} và đã báo sang cơ sở dữ liệu trí thức; không sửa được kết quả.", "result");
        }

        if (input.AttendedHours < 0 || input.AttendedHours > course.Hours)
        {
            throw DomainException.Validation("attendedHours", $"Số tiết tham dự phải từ 0 đến {course.Hours} (số tiết của khóa học).");
        }

        if (input.Result is EnrolmentResult.Passed or EnrolmentResult.Failed && !course.HasEndedBy(today))
        {
            throw DomainException.Validation("result", $"Khóa học kết thúc ngày {course.EndDate:dd/MM/yyyy}; chỉ ghi kết quả đạt hoặc không đạt từ ngày đó.");
        }

        if (input.Result == EnrolmentResult.Passed && input.AttendedHours < MinimumAttendance(course))
        {
            throw DomainException.Validation("attendedHours", $"Để đạt, học viên phải tham dự ít nhất {MinimumAttendance(course)} trên {course.Hours} tiết (4/5 thời lượng).");
        }

        enrolment.AttendedHours = input.AttendedHours;
        enrolment.Result = input.Result;
        enrolment.ResultOn = input.Result == EnrolmentResult.Enrolled ? null : today;
        enrolment.Certificate = string.IsNullOrWhiteSpace(input.Certificate)
            ? null
            : Require.Text(input.Certificate, MaxCertificateLength, "certificate", "Số chứng chỉ");
    }

    public static int MinimumAttendance(Course course) => (int)Math.Ceiling(course.Hours * MinimumAttendanceShare);

    /// <summary>What the Registry records of a pass: a training of the course's kind.</summary>
    public static TrainingCompleted Reported(Enrolment enrolment, Course course) =>
        new(enrolment.PersonId, course.Kind.ToString(), course.Title, CourseRules.Provider, course.StartDate, course.EndDate, course.Hours, enrolment.Certificate);
}
