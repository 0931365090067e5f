using TriThuc.Host.Indicators;
using TriThuc.Host.Indicators.GraphQL;

namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewComparisonRowType : ObjectGraphType<ReviewComparisonRow>
{
    public ReviewComparisonRowType()
    {
        Name = "ReviewComparisonRow";
        Description = "Một chỉ tiêu ở hai thời điểm; một bên null khi chỉ tiêu chưa có hoặc không còn ở thời điểm đó.";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("module").Resolve(c => c.Source.Module);
        Field<NonNullGraphType<IndicatorKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<ReviewSnapshotIndicatorType>("from").Resolve(c => c.Source.From);
        Field<ReviewSnapshotIndicatorType>("to").Resolve(c => c.Source.To);
        Field<DecimalGraphType>("change").Description("Giá trị sau trừ giá trị trước.").Resolve(c => c.Source.Change);
        Field<StringGraphType>("changeDisplay").Description("Mức thay đổi viết sẵn; với tỷ lệ là điểm phần trăm.")
            .Resolve(c => c.Source.Change is { } change ? (change >= 0 ? "+" : "") + IndicatorDisplay.Format(c.Source.Kind, change) : null);
    }
}

internal sealed class ReviewComparisonType : ObjectGraphType<ReviewComparison>
{
    public ReviewComparisonType()
    {
        Name = "ReviewComparison";
        Description = "So sánh hai đợt sơ kết, tổng kết, hoặc một đợt với số liệu hiện tại.";
        Field<NonNullGraphType<ReviewSnapshotType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReviewSnapshotType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewComparisonRowType>>>>("rows").Resolve(c => c.Source.Rows);
    }
}
