namespace TriThuc.Modules.Education.Assessments;

/// <summary>Assessments against the professional standard: the list, the two ratings, core-teacher candidates, and a person's assessments on Intellectual.</summary>
internal sealed class StandardAssessmentFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<EducationStandardAssessmentType>("educationStandardAssessments")
            .Description("Danh sách phiếu đánh giá giáo viên theo chuẩn nghề nghiệp, năm học gần nhất trước; các mức đánh giá cần quyền đọc dữ liệu cá nhân.")
            .Argument<EducationStandardAssessmentFilterType>("filter")
            .Access(FieldAccess.Records)
            .PageAsync((StandardAssessmentService assessments, FieldArgs a) => assessments.QueryAsync(a.Filter<StandardAssessmentFilter>(), a.Cancellation));
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationCoreTeacherCandidateType>>>>("educationCoreTeacherCandidates")
            .Description("Giáo viên có hồ sơ đáp ứng tiêu chuẩn giáo viên cốt cán vào một ngày, theo phiếu đánh giá của năm học đã cho. Cho biết xếp loại nên cần quyền đọc dữ liệu cá nhân; mỗi lần đọc được ghi nhật ký.")
            .Argument<NonNullGraphType<IntGraphType>>("schoolYear", "Năm bắt đầu của năm học có phiếu đánh giá.")
            .Argument<DateOnlyGraphType>("on", "Ngày xét (mặc định hôm nay).")
            .Argument<IdGraphType>("unitId", "Chỉ giáo viên đang dạy ở đơn vị này hoặc đơn vị trực thuộc.")
            .Access(FieldAccess.Records)
            .Sensitive()
            .ResolveAsync((CoreTeacherService candidates, FieldArgs a) =>
                candidates.FindAsync(a.Get<int>("schoolYear"), a.Get<DateOnly?>("on"), a.Get<Guid?>("unitId"), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<EducationStandardAssessmentType>>("recordEducationSelfAssessment")
            .Description("Ghi phần giáo viên tự đánh giá 15 tiêu chí của một năm học; sửa được cho tới khi hiệu trưởng đánh giá.")
            .Argument<NonNullGraphType<EducationStandardAssessmentInputType>>("input")
            .Writes()
            .ResolveAsync((StandardAssessmentService assessments, FieldArgs a) => assessments.RateSelfAsync(a.Input<StandardAssessmentInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationStandardAssessmentType>>("recordEducationPrincipalAssessment")
            .Description("Ghi đánh giá của hiệu trưởng (sau phần tự đánh giá); là kết quả cuối cùng, xếp loại theo Thông tư 20/2018/TT-BGDĐT.")
            .Argument<NonNullGraphType<EducationStandardAssessmentInputType>>("input")
            .Writes()
            .ResolveAsync((StandardAssessmentService assessments, FieldArgs a) => assessments.RateFinallyAsync(a.Input<StandardAssessmentInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationStandardAssessmentType>>>>("educationStandardAssessments")
            .Description("Các phiếu đánh giá theo chuẩn nghề nghiệp giáo viên của người này; các mức đánh giá cần quyền đọc dữ liệu cá nhân.")
            .Access(FieldAccess.Records)
            .Resolve((StandardAssessmentLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
