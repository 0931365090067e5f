using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

public sealed class AreaClassificationType : ObjectGraphType<AreaClassification>
{
    public AreaClassificationType()
    {
        Name = "AreaClassification";
        Description = "Phân loại khu vực của một xã, thôn trong một giai đoạn, theo quyết định phê duyệt danh sách (ví dụ 861/QĐ-TTg cho 2021–2025).";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<EnumType<AreaZone>>("zone").Description("Khu vực I, II hoặc III (trống với thôn).").Resolve(c => c.Source.Zone);
        Field(a => a.IsExtremelyDifficultVillage).Description("Là thôn đặc biệt khó khăn.");
        Field(a => a.IsBorder).Description("Là xã biên giới.");
        Field<NonNullGraphType<BooleanGraphType>>("isExtremelyDifficult")
            .Description("Thuộc diện đặc biệt khó khăn theo Nghị định 76/2019/NĐ-CP: xã khu vực III hoặc thôn đặc biệt khó khăn.")
            .Resolve(c => c.Source.ToSummary().IsExtremelyDifficult);
        Field(a => a.Decision).Description("Số quyết định phê duyệt danh sách.");
        Field(a => a.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Áp dụng từ ngày.");
        Field(a => a.ValidTo, type: typeof(DateOnlyGraphType)).Description("Áp dụng đến hết ngày; trống khi còn áp dụng.");
    }
}

public sealed class AreaClassificationInputType : InputObjectGraphType<AreaClassificationInput>
{
    public AreaClassificationInputType()
    {
        Name = "AreaClassificationInput";
        Description = "Phân loại khu vực của một xã hoặc thôn cho một giai đoạn.";
        Field(a => a.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Xã hoặc thôn.");
        Field<EnumType<AreaZone>>("zone").Description("Khu vực I, II hoặc III của xã.");
        Field(a => a.IsExtremelyDifficultVillage, nullable: true).Description("Là thôn đặc biệt khó khăn.");
        Field(a => a.IsBorder, nullable: true).Description("Là xã biên giới.");
        Field(a => a.Decision).Description("Số quyết định phê duyệt danh sách, ví dụ 861/QĐ-TTg.");
        Field(a => a.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Áp dụng từ ngày.");
        Field(a => a.ValidTo, type: typeof(DateOnlyGraphType)).Description("Áp dụng đến hết ngày (trống: đến khi có danh sách mới).");
    }
}
