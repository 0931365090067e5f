namespace TriThuc.Modules.Education.Training;

/// <summary>In-service training: the list, recording a course and completing it (which reports it to the Registry).</summary>
internal sealed class InServiceTrainingFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<EducationInServiceTrainingType>("educationInServiceTrainings")
            .Description("Danh sách khóa bồi dưỡng thường xuyên của giáo viên, mới nhất trước.")
            .Argument<EducationInServiceTrainingFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((InServiceTrainingService trainings, FieldArgs a) => trainings.Query(a.Filter<InServiceTrainingFilter>()));

        graphql.Mutation.Field<NonNullGraphType<EducationInServiceTrainingType>>("recordEducationInServiceTraining")
            .Description("Ghi một khóa bồi dưỡng thường xuyên giáo viên tham gia.")
            .Argument<NonNullGraphType<EducationInServiceTrainingInputType>>("input")
            .Writes()
            .ResolveAsync((InServiceTrainingService trainings, FieldArgs a) => trainings.RecordAsync(a.Input<InServiceTrainingInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationInServiceTrainingType>>("correctEducationInServiceTraining")
            .Description("Sửa tên, đơn vị tổ chức, số tiết và ngày bắt đầu của một khóa bồi dưỡng chưa hoàn thành (cùng giáo viên), theo các quy tắc khi ghi.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationInServiceTrainingInputType>>("input")
            .Writes()
            .ResolveAsync((InServiceTrainingService trainings, FieldArgs a) => trainings.CorrectAsync(a.Id, a.Input<InServiceTrainingInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationInServiceTrainingType>>("completeEducationInServiceTraining")
            .Description("Ghi nhận giáo viên hoàn thành khóa bồi dưỡng; khóa được ghi vào hồ sơ trí thức một lần.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("completedOn", "Ngày hoàn thành; không sau hôm nay.")
            .Argument<StringGraphType>("certificate", "Số chứng nhận hoàn thành (nếu có).")
            .Writes()
            .ResolveAsync((InServiceTrainingService trainings, FieldArgs a) =>
                trainings.CompleteAsync(a.Id, a.Get<DateOnly>("completedOn"), a.Get<string?>("certificate"), a.Cancellation));
    }
}
