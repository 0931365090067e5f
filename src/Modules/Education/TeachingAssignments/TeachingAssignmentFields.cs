namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>The list, recording and ending a record, and a person's records on the Registry's Intellectual.</summary>
internal sealed class TeachingAssignmentFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<EducationTeachingAssignmentType>("educationTeachingAssignments")
            .Description("Danh sách phân công giảng dạy, có lọc và phân trang (theo môn).")
            .Argument<EducationTeachingAssignmentFilterType>("filter")
            .Argument<EnumType<TeachingAssignmentOrder>>("orderBy", "Thứ tự (mặc định: theo tên).")
            .Access(FieldAccess.Records)
            .PageAsync((TeachingAssignmentService teachingAssignments, FieldArgs a) => teachingAssignments.QueryAsync(a.Filter<TeachingAssignmentFilter>(), a.Get("orderBy", TeachingAssignmentOrder.TitleAscending), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<EducationTeachingAssignmentType>>("recordEducationTeachingAssignment")
            .Description("Ghi nhận một phân công giảng dạy: giáo viên, trường, môn, ngày bắt đầu.")
            .Argument<NonNullGraphType<EducationTeachingAssignmentInputType>>("input")
            .Writes()
            .ResolveAsync((TeachingAssignmentService teachingAssignments, FieldArgs a) => teachingAssignments.RecordAsync(a.Input<TeachingAssignmentInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationTeachingAssignmentType>>("endEducationTeachingAssignment")
            .Description("Ghi nhận ngày một phân công giảng dạy kết thúc.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("endedOn", "Ngày cuối cùng còn hiệu lực.")
            .Writes()
            .ResolveAsync((TeachingAssignmentService teachingAssignments, FieldArgs a) => teachingAssignments.EndAsync(a.Id, a.Get<DateOnly>("endedOn"), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<EducationTeachingAssignmentType>>("setEducationTeachingAssignmentTerms")
            .Description("Sửa hình thức làm việc (biên chế, hợp đồng) và vai trò giáo viên cốt cán của một phân công giảng dạy.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationTeachingAssignmentTermsInputType>>("input")
            .Writes()
            .ResolveAsync((TeachingAssignmentService teachingAssignments, FieldArgs a) => teachingAssignments.SetTermsAsync(a.Id, a.Input<TeachingAssignmentTermsInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationTeachingAssignmentType>>>>("educationTeachingAssignments")
            .Description("Các phân công giảng dạy của người này.")
            .Access(FieldAccess.Records)
            .Resolve((TeachingAssignmentLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
