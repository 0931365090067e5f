namespace TriThuc.Modules.Education.Schools;

/// <summary>Schools: the list, one, and recording a profile.</summary>
internal sealed class SchoolFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<EducationSchoolType>("educationSchools")
            .Description("Danh sách trường, theo cấp học.")
            .Argument<EducationSchoolFilterType>("filter")
            .Access(FieldAccess.Records)
            .PageAsync((SchoolService schools, FieldArgs a) => schools.QueryAsync(a.Filter<SchoolFilter>(), a.Cancellation));
        graphql.Query.Field<NonNullGraphType<EducationSchoolType>>("educationSchool")
            .Description("Một trường.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((SchoolService schools, FieldArgs a) => schools.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<EducationSchoolType>>("recordEducationSchool")
            .Description("Lập hoặc sửa hồ sơ trường của một đơn vị.")
            .Argument<NonNullGraphType<EducationSchoolInputType>>("input")
            .Writes()
            .ResolveAsync((SchoolService schools, FieldArgs a) => schools.RecordAsync(a.Input<SchoolInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationSchoolType>>("correctEducationSchool")
            .Description("Sửa hồ sơ trường (cấp học, công lập, nơi đặt trụ sở) theo các quy tắc khi lập; đơn vị của hồ sơ giữ nguyên.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationSchoolInputType>>("input")
            .Writes()
            .ResolveAsync((SchoolService schools, FieldArgs a) => schools.CorrectAsync(a.Id, a.Input<SchoolInput>(), a.Cancellation));
    }
}
