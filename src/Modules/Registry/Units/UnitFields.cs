namespace TriThuc.Modules.Registry.Units;

/// <summary>The unit tree: its top, one unit, opening and closing units, and the dated area classification.</summary>
internal sealed class UnitFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationUnitType>>>>("rootUnits")
            .Description("Các đơn vị cấp cao nhất của cây đơn vị (đang hoạt động); đi xuống bằng trường children.")
            .Access(FieldAccess.Public)
            .ResolveAsync((UnitService units, FieldArgs a) => units.RootsAsync(a.Cancellation));
        graphql.Query.Field<OrganisationUnitType>("unit")
            .Description("Một đơn vị theo mã số (kể cả đơn vị đã đóng).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Public)
            .ResolveAsync((UnitService units, FieldArgs a) => units.FindAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<OrganisationUnitType>>("createUnit")
            .Description("Thêm một đơn vị.")
            .Argument<NonNullGraphType<UnitInputType>>("input")
            .Writes()
            .ResolveAsync((UnitService units, FieldArgs a) => units.CreateAsync(a.Input<UnitInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<OrganisationUnitType>>("closeUnit")
            .Description("Đóng một đơn vị (sáp nhập, giải thể), có thể nêu đơn vị kế thừa; đơn vị và lịch sử được giữ lại.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("closedOn", "Ngày cuối cùng đơn vị hoạt động.")
            .Argument<IdGraphType>("successorId", "Đơn vị kế thừa, hoạt động từ ngày sau ngày đóng.")
            .Writes()
            .ResolveAsync((UnitService units, FieldArgs a) =>
                units.CloseAsync(a.Id, a.Get<DateOnly>("closedOn"), a.Get<Guid?>("successorId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AreaClassificationType>>("classifyArea")
            .Description("Ghi phân loại khu vực (I, II, III), thôn đặc biệt khó khăn, xã biên giới của một xã hoặc thôn cho một giai đoạn, theo quyết định phê duyệt danh sách.")
            .Argument<NonNullGraphType<AreaClassificationInputType>>("input")
            .Writes()
            .ResolveAsync((UnitService units, FieldArgs a) => units.ClassifyAsync(a.Input<AreaClassificationInput>(), a.Cancellation));
    }
}
