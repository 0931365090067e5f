namespace TriThuc.Modules.University.Leaders;

/// <summary>Which leaders of a department still need an international-environment or foreign-language course.</summary>
internal sealed class LeaderNeedFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql) =>
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityLeaderCourseNeedType>>>>("universityLeaderCourseNeeds")
            .Description("Cán bộ lãnh đạo của một đơn vị (gồm mọi đơn vị trực thuộc) vào một ngày, theo tên, với khóa bồi dưỡng còn cần cho chỉ tiêu T1, T2 (cách tính của cơ sở dữ liệu trí thức).")
            .Argument<NonNullGraphType<IdGraphType>>("unitId", "Đơn vị, thường là một sở, ngành.")
            .Argument<DateOnlyGraphType>("on", "Ngày xét (mặc định hôm nay).")
            .Access(FieldAccess.Records)
            .ResolveAsync((LeaderNeedService needs, FieldArgs a) => needs.NeedsAsync(a.Get<Guid>("unitId"), a.Get<DateOnly?>("on", null), a.Cancellation));
}
