using TriThuc.Host.Indicators;
using TriThuc.Host.Indicators.GraphQL;

namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewSnapshotIndicatorType : ObjectGraphType<ReviewSnapshotIndicator>
{
    public ReviewSnapshotIndicatorType()
    {
        Name = "ReviewSnapshotIndicator";
        Description = "Một chỉ tiêu như đã chốt tại ngày sơ kết, tổng kết; không đổi khi dữ liệu được sửa sau đó. Không có id: là một phần của đợt chứa nó (khóa trong đợt: code).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Mã chỉ tiêu.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("module").Description("Phân hệ cung cấp chỉ tiêu.").Resolve(c => c.Source.Module);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Tên chỉ tiêu khi chốt.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EnumType<IndicatorKind>>>("kind").Description("Cách tính.").Resolve(c => c.Source.Kind);
        Field<DecimalGraphType>("targetValue").Description("Mục tiêu khi chốt.").Resolve(c => c.Source.TargetValue);
        Field<IntGraphType>("targetYear").Description("Năm phải đạt mục tiêu.").Resolve(c => c.Source.TargetYear);
        Field<StringGraphType>("targetDisplay").Description("Mục tiêu viết sẵn để hiển thị.").Resolve(c => c.Source.TargetValue is null ? null : IndicatorDisplay.Format(c.Source.Kind, c.Source.TargetValue));
        IndicatorFigureFields.Add(this, i => i.Kind, i => i.Figure, i => i.Expected, i => i.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorBreakdownRowType>>>>("breakdown")
            .Description("Phân tổ đã chốt theo một chiều: unit, field, gender, ethnicGroup...")
            .Argument<NonNullGraphType<StringGraphType>>("by", "Phân tổ theo: \"unit\" hoặc key của một chiều đã chốt.")
            .Resolve(c => ReviewService.BreakdownOf(c.Source, c.GetArgument<string>("by")).Select(r => new KindedBreakdownRow(c.Source.Kind, r)).ToList());
    }
}
