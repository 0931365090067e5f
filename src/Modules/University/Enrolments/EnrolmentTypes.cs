using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Courses;

namespace TriThuc.Modules.University.Enrolments;

public sealed class UniversityEnrolmentType : ObjectGraphType<Enrolment>
{
    public UniversityEnrolmentType()
    {
        Name = "UniversityEnrolment";
        Description = "Một học viên (trí thức trong cơ sở dữ liệu) trong một khóa bồi dưỡng: số tiết tham dự và kết quả.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<UniversityCourseType>>("course").Description("Khóa học.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CourseLoaders>().ById.Load(c.Source.CourseId));
        this.PersonField("person", e => e.PersonId).Description("Học viên (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(e => e.EnrolledOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày ghi danh.");
        Field(e => e.AttendedHours, nullable: true).Description("Số tiết đã tham dự; trống khi chưa điểm danh.");
        Field<NonNullGraphType<EnumType<EnrolmentResult>>>("result").Description("Kết quả.").Resolve(c => c.Source.Result);
        Field(e => e.ResultOn, type: typeof(DateOnlyGraphType)).Description("Ngày ghi kết quả.");
        Field(e => e.Certificate, nullable: true).Description("Số chứng chỉ, giấy chứng nhận.");
    }
}

public sealed class UniversityEnrolmentInputType : InputObjectGraphType<EnrolmentInput>
{
    public UniversityEnrolmentInputType()
    {
        Name = "UniversityEnrolmentInput";
        Description = "Ghi danh một trí thức vào một khóa bồi dưỡng.";
        Field(e => e.CourseId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Khóa học.");
        Field(e => e.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Học viên (trí thức trong cơ sở dữ liệu).");
        Field(e => e.EnrolledOn, type: typeof(DateOnlyGraphType)).Description("Ngày ghi danh (mặc định hôm nay); không sau ngày kết thúc khóa học.");
    }
}

public sealed class UniversityEnrolmentResultInputType : InputObjectGraphType<EnrolmentResultInput>
{
    public UniversityEnrolmentResultInputType()
    {
        Name = "UniversityEnrolmentResultInput";
        Description = "Số tiết tham dự và kết quả của một học viên; kết quả đạt được ghi vào hồ sơ bồi dưỡng của người đó đúng một lần và không sửa được.";
        Field(e => e.EnrolmentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Lượt ghi danh.");
        Field(e => e.AttendedHours).Description("Số tiết đã tham dự; để đạt cần ít nhất 4/5 số tiết của khóa.");
        Field<NonNullGraphType<EnumType<EnrolmentResult>>>("result").Description("Kết quả; đạt hoặc không đạt chỉ ghi được từ ngày kết thúc khóa học.");
        Field(e => e.Certificate, nullable: true).Description("Số chứng chỉ, giấy chứng nhận.");
    }
}
