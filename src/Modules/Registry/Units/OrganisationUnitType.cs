using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

public sealed class OrganisationUnitType : ObjectGraphType<OrganisationUnit>
{
    public OrganisationUnitType()
    {
        Name = "OrganisationUnit";
        Description = "Đơn vị, cơ quan hoặc đơn vị hành chính; đơn vị giải thể được đóng và có đơn vị kế thừa, không bị xóa.";
        Field(u => u.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(u => u.Code).Description("Mã đơn vị.");
        Field(u => u.Name).Description("Tên đơn vị.");
        Field<NonNullGraphType<EnumType<UnitKind>>>("kind").Description("Loại đơn vị.").Resolve(c => c.Source.Kind);
        Field(u => u.IsRemoteArea).Description("Thuộc vùng sâu, vùng xa, biên giới.");
        Field(u => u.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu hoạt động.");
        Field(u => u.ValidTo, type: typeof(DateOnlyGraphType)).Description("Ngày đóng; trống khi còn hoạt động.");
        Field<OrganisationUnitType>("parent").Description("Đơn vị cấp trên.")
            .ResolveAsync((UnitService units, FieldArgs a) => units.FindAsync(a.Source<OrganisationUnit>().ParentId, a.Cancellation));
        Field<OrganisationUnitType>("successor").Description("Đơn vị kế thừa khi đơn vị này đóng.")
            .ResolveAsync((UnitService units, FieldArgs a) => units.FindAsync(a.Source<OrganisationUnit>().SuccessorId, a.Cancellation));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationUnitType>>>>("children")
            .Description("Đơn vị trực thuộc.")
            .Argument<BooleanGraphType>("includeClosed", "Kể cả đơn vị đã đóng (mặc định: không).")
            .ResolveAsync((UnitService units, FieldArgs a) => units.ChildrenAsync(a.SourceId, a.Get<bool?>("includeClosed") ?? false, a.Cancellation));
        Field<AreaClassificationType>("areaClassification")
            .Description("Phân loại khu vực áp dụng vào một ngày (mặc định: hôm nay); trống khi đơn vị không được phân loại ngày đó.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định: hôm nay).")
            .ResolveAsync((UnitService units, FieldArgs a) => units.ClassificationOnAsync(a.SourceId, a.Get<DateOnly?>("on"), a.Cancellation));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaClassificationType>>>>("areaClassifications")
            .Description("Mọi giai đoạn phân loại khu vực của đơn vị, cũ nhất trước.")
            .ResolveAsync(async (UnitService units, FieldArgs a) => (await units.ClassificationsAsync(a.Cancellation))[a.SourceId].ToList());
    }
}
