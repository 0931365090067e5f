using TriThuc.Host.Indicators;
using TriThuc.Host.Indicators.GraphQL;

namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewComparisonRowType : ObjectGraphType<ReviewComparisonRow>
{
    public ReviewComparisonRowType()
    {
        Name = "ReviewComparisonRow";
        Description = "Một chỉ tiêu ở hai thời điểm; một bên null khi chỉ tiêu chưa có hoặc không còn ở thời điểm đó. Không có id: là một phần của phép so sánh (khóa trong phép so sánh: code).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Mã chỉ tiêu.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Tên chỉ tiêu.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("module").Description("Phân hệ cung cấp chỉ tiêu.").Resolve(c => c.Source.Module);
        Field<NonNullGraphType<EnumType<IndicatorKind>>>("kind").Description("Cách tính.").Resolve(c => c.Source.Kind);
        Field<ReviewSnapshotIndicatorType>("from").Description("Chỉ tiêu ở thời điểm trước.").Resolve(c => c.Source.From);
        Field<ReviewSnapshotIndicatorType>("to").Description("Chỉ tiêu ở thời điểm sau.").Resolve(c => c.Source.To);
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
        Description = "So sánh hai đợt sơ kết, tổng kết, hoặc một đợt với số liệu hiện tại. Không có id: tính khi được hỏi, không lưu.";
        Field<NonNullGraphType<ReviewSnapshotType>>("from").Description("Đợt trước.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReviewSnapshotType>>("to").Description("Đợt sau, hoặc số liệu hiện tại.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewComparisonRowType>>>>("rows").Description("Từng chỉ tiêu ở hai thời điểm.").Resolve(c => c.Source.Rows);
    }
}
