using TriThuc.Modules.University.Enrolments;

namespace TriThuc.Modules.University.Courses;

/// <summary>Courses for provincial cadres: offering, enrolling, results, and a person's enrolments on the Registry's Intellectual.</summary>
internal sealed class CourseFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<UniversityCourseType>("universityCourses")
            .Description("Khóa bồi dưỡng của phân hiệu, khai giảng muộn nhất trước.")
            .Argument<UniversityCourseFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((CourseService courses, FieldArgs a) => courses.Query(a.Filter<CourseFilter>()));
        graphql.Query.Field<NonNullGraphType<UniversityCourseType>>("universityCourse")
            .Description("Một khóa bồi dưỡng, với học viên.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((CourseService courses, FieldArgs a) => courses.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<UniversityCourseType>>("offerUniversityCourse")
            .Description("Mở một khóa bồi dưỡng cho cán bộ, công chức, viên chức của tỉnh.")
            .Argument<NonNullGraphType<UniversityCourseInputType>>("input")
            .Writes()
            .ResolveAsync((CourseService courses, FieldArgs a) => courses.OfferAsync(a.Input<CourseInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<UniversityEnrolmentType>>("enrolUniversityCourseLearner")
            .Description("Ghi danh một trí thức vào khóa bồi dưỡng; mỗi người một lần mỗi khóa.")
            .Argument<NonNullGraphType<UniversityEnrolmentInputType>>("input")
            .Writes()
            .ResolveAsync((EnrolmentService enrolments, FieldArgs a) => enrolments.EnrolAsync(a.Input<EnrolmentInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<UniversityEnrolmentType>>("recordUniversityEnrolmentResult")
            .Description("Ghi số tiết tham dự và kết quả; học viên đạt được ghi vào hồ sơ bồi dưỡng của mình đúng một lần, theo loại của khóa.")
            .Argument<NonNullGraphType<UniversityEnrolmentResultInputType>>("input")
            .Writes()
            .ResolveAsync((EnrolmentService enrolments, FieldArgs a) => enrolments.RecordResultAsync(a.Input<EnrolmentResultInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityEnrolmentType>>>>("universityEnrolments")
            .Description("Các khóa bồi dưỡng tại phân hiệu đại học mà người này ghi danh, với kết quả.")
            .Access(FieldAccess.Records)
            .Resolve((EnrolmentLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
