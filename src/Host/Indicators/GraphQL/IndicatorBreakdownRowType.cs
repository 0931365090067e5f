namespace TriThuc.Host.Indicators.GraphQL;

/// <summary>A breakdown line; the kind travels with it so that <c>display</c> formats the number right.</summary>
internal sealed record KindedBreakdownRow(IndicatorKind Kind, IndicatorBreakdownRow Row);

internal sealed class IndicatorBreakdownRowType : ObjectGraphType<KindedBreakdownRow>
{
    public IndicatorBreakdownRowType()
    {
        Name = "IndicatorBreakdownRow";
        Description = "Một dòng phân tổ. Theo đơn vị: số liệu gồm cả các đơn vị cấp dưới; parentKey, depth để vẽ cây. Không có id: là một phần của chỉ tiêu chứa nó (khóa trong chỉ tiêu: key).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Mã giá trị phân tổ (mã đơn vị, mã lĩnh vực...); \"unknown\" khi không xác định.").Resolve(c => c.Source.Row.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Tên giá trị phân tổ (tên đơn vị, tên lĩnh vực…).").Resolve(c => c.Source.Row.Name);
        Field<StringGraphType>("parentKey").Description("key của dòng cấp trên (theo đơn vị); trống ở cấp cao nhất.").Resolve(c => c.Source.Row.ParentKey);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Độ sâu trong cây đơn vị, 0 ở cấp cao nhất.").Resolve(c => c.Source.Row.Depth);
        IndicatorFigureFields.Add(this, r => r.Kind, r => r.Row.Figure, r => r.Row.Expected, r => r.Row.Status);
    }
}
