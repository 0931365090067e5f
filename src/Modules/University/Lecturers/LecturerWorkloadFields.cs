namespace TriThuc.Modules.University.Lecturers;

/// <summary>Lecturers' yearly workloads: the list, recording one, and a person's years on the Registry's Intellectual.</summary>
internal sealed class LecturerWorkloadFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<UniversityLecturerWorkloadType>("universityLecturerWorkloads")
            .Description("Khối lượng công việc năm học của giảng viên phân hiệu, năm học gần nhất trước.")
            .Argument<UniversityLecturerWorkloadFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((LecturerWorkloadService workloads, FieldArgs a) => workloads.Query(a.Filter<LecturerWorkloadFilter>()));

        graphql.Mutation.Field<NonNullGraphType<UniversityLecturerWorkloadType>>("recordUniversityLecturerWorkload")
            .Description("Ghi nhận (hoặc sửa) khối lượng công việc một năm học của một giảng viên phân hiệu.")
            .Argument<NonNullGraphType<UniversityLecturerWorkloadInputType>>("input")
            .Writes()
            .ResolveAsync((LecturerWorkloadService workloads, FieldArgs a) => workloads.RecordAsync(a.Input<LecturerWorkloadInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityLecturerWorkloadType>>>>("universityLecturerWorkloads")
            .Description("Khối lượng công việc các năm học của người này với tư cách giảng viên phân hiệu, năm gần nhất trước.")
            .Access(FieldAccess.Records)
            .Resolve((LecturerWorkloadLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
