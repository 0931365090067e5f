namespace TriThuc.Modules.Registry.People;

/// <summary>The register of intellectuals: the list, one record, and creating, correcting and retiring records.</summary>
internal sealed class IntellectualFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<IntellectualType>("intellectuals")
            .Description("Danh sách trí thức, có lọc, sắp xếp và phân trang.")
            .Argument<IntellectualFilterType>("filter")
            .Argument<EnumType<IntellectualOrder>>("orderBy")
            .Access(FieldAccess.Records)
            .ResolveAsync((IntellectualQueryService people, FieldArgs a) =>
                people.PageAsync(a.Filter<IntellectualFilter>(), a.Get("orderBy", IntellectualOrder.NameAscending), a.Paging, a.Cancellation,
                    IntellectualColumns.For(a.Context)));
        graphql.Query.Field<IntellectualType>("intellectual")
            .Description("Một hồ sơ trí thức (trí thức đăng nhập với tư cách cá nhân: chỉ hồ sơ của chính mình).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records.OrSelf())
            .Resolve((IntellectualLoaders people, FieldArgs a) => people.Record(a.Id));

        graphql.Mutation.Field<NonNullGraphType<IntellectualType>>("createIntellectual")
            .Description("Thêm hồ sơ một trí thức.")
            .Argument<NonNullGraphType<IntellectualInputType>>("input")
            .Writes()
            .ResolveAsync((IntellectualService people, FieldArgs a) => people.CreateAsync(a.Input<IntellectualInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IntellectualType>>("updateIntellectual")
            .Description("Sửa hồ sơ một trí thức: chỉ các trường gửi lên được sửa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntellectualUpdateInputType>>("input")
            .Writes()
            .ResolveAsync((IntellectualService people, FieldArgs a) => people.UpdateAsync(a.Id, a.Input<IntellectualUpdateInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IntellectualType>>("changeIntellectualStatus")
            .Description("Ghi nhận nghỉ hưu, chuyển đi hoặc trở lại công tác; hồ sơ được giữ lại.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EnumType<EmploymentStatus>>>("status", "Tình trạng mới.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("since", "Từ ngày.")
            .Writes()
            .ResolveAsync((IntellectualService people, FieldArgs a) =>
                people.ChangeStatusAsync(a.Id, a.Get<EmploymentStatus>("status"), a.Get<DateOnly>("since"), a.Cancellation));
    }
}
